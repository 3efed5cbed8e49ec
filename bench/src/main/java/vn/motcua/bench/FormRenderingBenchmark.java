package vn.motcua.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.motcua.documents.Applicant;
import vn.motcua.documents.DossierFacts;
import vn.motcua.documents.FormHeader;
import vn.motcua.documents.FormRenderer;
import vn.motcua.documents.FormSet;
import vn.motcua.documents.ReceiptForm;

/**
 * One receipt slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả, TT03/2025, A5) rendered to PDF bytes, as the job
 * workers do for every registration. Each operation renders a different dossier (code, entry number, lookup secret
 * and applicant identity walk a precomputed ring), so the QR code and the text change from one receipt to the next.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class FormRenderingBenchmark {

    private static final int N = 64;

    private final FormRenderer renderer = new FormRenderer();
    private ReceiptForm[] receipts;
    private int i;

    @Setup
    public void setUp() {
        FormHeader header = new FormHeader("UBND TỈNH BẮC NINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TTPVHCC", "Bắc Ninh",
                LocalDate.of(2026, 3, 2), "7");
        receipts = new ReceiptForm[N];
        for (int k = 0; k < N; k++) {
            Applicant applicant = new Applicant("Nguyễn Thị Hồng Nhung", Applicant.Type.INDIVIDUAL,
                    "0271900%05d".formatted(4567 + k * 37),
                    "Số 12 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh", "0912 345 678", "nhung.nth@example.vn");
            DossierFacts dossier = new DossierFacts("000.00.22.H05-260302-%04d".formatted(k + 1), "1.014390.H05",
                    "Cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ", applicant, List.of(
                            "Đơn đề nghị cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ (Mẫu số 01)",
                            "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
                            "Văn bản xác nhận quyền sở hữu, quyền sử dụng hợp pháp kết quả khoa học và công nghệ",
                            "Phương án sản xuất, kinh doanh sản phẩm hình thành từ kết quả khoa học và công nghệ"),
                    1, "07 ngày làm việc", LocalDateTime.of(2026, 3, 2, 8, 30).plusMinutes(k),
                    LocalDateTime.of(2026, 3, 16, 16, 45), "Bộ phận Một cửa Sở Khoa học và Công nghệ", "Trần Văn Đức");
            receipts[k] = new ReceiptForm(header, dossier, "03/2026", Integer.toString(125 + k),
                    "K7M2Q%03d".formatted(k));
        }
    }

    /** One receipt slip, TT03/2025, A5: layout, QR code, subsetted fonts, PDF save. */
    @Benchmark
    public byte[] receipt() {
        ReceiptForm receipt = receipts[i++ & (N - 1)];
        return renderer.render(FormSet.TT03_2025, receipt);
    }
}
