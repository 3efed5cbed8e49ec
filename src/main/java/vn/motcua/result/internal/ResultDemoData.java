package vn.motcua.result.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Outcome;
import vn.motcua.dossier.QueuePage;
import vn.motcua.dossier.QueueQuery;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.DemoAgency;
import vn.motcua.result.DossierResult;
import vn.motcua.result.ResultUpload;
import vn.motcua.result.Results;

/**
 * After the demo history (order 30) and the demo signing keys (50): the demo department's dossiers that are resolved
 * and wait to be returned get their result — a one-page document plainly marked as demo data — uploaded by the unit
 * head and signed by the leader through the real service, so the desk returns signed results and anyone can verify
 * them on {@code /xac-thuc}. Once: nothing is written when the department already has a result.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "motcua.demo", havingValue = "true")
class ResultDemoData implements ApplicationRunner {

    static final int MOST = 12;
    static final String UPLOADER = "truongphong";
    static final String SIGNER = "lanhdao";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Dossiers dossiers;
    private final Results results;
    private final ResultRepository repository;
    private final Agencies agencies;
    private final Clock clock;

    ResultDemoData(Dossiers dossiers, Results results, ResultRepository repository, Agencies agencies, Clock clock) {
        this.agencies = agencies;
        this.dossiers = dossiers;
        this.results = results;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String agency = DemoAgency.CODE.value();
        if (repository.anyForAgency(agency)) {
            return;
        }
        String agencyName = agencies.find(DemoAgency.CODE).map(a -> a.name()).orElse(agency);
        QueuePage resolved = dossiers.queue(new QueueQuery(agency, DossierStatus.RESOLVED, null, null, false, false,
                false, null, null, null, 0, QueueQuery.MAX_SIZE), SIGNER);
        int written = 0;
        for (QueuePage.Item item : resolved.items()) {
            if (written == MOST) {
                return;
            }
            Dossier dossier = dossiers.get(item.code(), SIGNER);
            if (dossier.outcome() != Outcome.GRANTED) {
                continue;
            }
            LocalDate issuedOn = dossier.finishedAt() == null ? LocalDate.now(clock.withZone(VIETNAM))
                    : LocalDate.ofInstant(dossier.finishedAt(), VIETNAM);
            String number = (written + 1) + "/GCN-SKHCN";
            DossierResult result = results.upload(dossier.code(), new ResultUpload("Văn bản chấp thuận (dữ liệu thử "
                    + "nghiệm)", number, issuedOn, null, null, document(agencyName, dossier, number, issuedOn)), UPLOADER);
            results.sign(dossier.code(), result.resultCode(), SIGNER);
            written++;
        }
    }

    /** The demo result: the agency, the number and date, the procedure, the applicant, marked as demo data. */
    static byte[] document(String agencyName, Dossier dossier, String number, LocalDate issuedOn) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDFont regular = PdfSigner.font(pdf, "/fonts/DejaVuSerif.ttf");
            PDFont bold = PdfSigner.font(pdf, "/fonts/DejaVuSerif-Bold.ttf");
            float width = page.getMediaBox().getWidth() - 2 * 70;
            List<Object[]> lines = new ArrayList<>();
            lines.add(new Object[] {bold, 12f, agencyName.toUpperCase(java.util.Locale.forLanguageTag("vi"))});
            lines.add(new Object[] {regular, 11f, "Số: " + number + " — ngày " + issuedOn.getDayOfMonth() + "/"
                    + issuedOn.getMonthValue() + "/" + issuedOn.getYear()});
            lines.add(new Object[] {regular, 11f, ""});
            lines.add(new Object[] {bold, 14f, "VĂN BẢN CHẤP THUẬN"});
            lines.add(new Object[] {regular, 11f, ""});
            lines.add(new Object[] {regular, 11f, "Thủ tục: " + dossier.procedureName() + " (mã " + dossier.procedureCode()
                    + ")."});
            lines.add(new Object[] {regular, 11f, "Tổ chức, cá nhân: " + dossier.applicant().name() + "."});
            lines.add(new Object[] {regular, 11f, "Mã hồ sơ: " + dossier.code() + "."});
            lines.add(new Object[] {regular, 11f, "Cơ quan giải quyết chấp thuận yêu cầu theo hồ sơ đã nộp."});
            lines.add(new Object[] {regular, 11f, ""});
            lines.add(new Object[] {bold, 11f, "DỮ LIỆU THỬ NGHIỆM — văn bản do hệ thống tạo cho bản chạy thử, không có "
                    + "giá trị pháp lý."});
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                float y = page.getMediaBox().getHeight() - 80;
                for (Object[] line : lines) {
                    PDFont font = (PDFont) line[0];
                    float size = (Float) line[1];
                    for (String part : wrap((String) line[2], font, size, width)) {
                        content.beginText();
                        content.setFont(font, size);
                        content.newLineAtOffset(70, y);
                        content.showText(part);
                        content.endText();
                        y -= size * 1.5f;
                    }
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text in lines no wider than {@code width}, broken between words; one empty line for "". */
    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
