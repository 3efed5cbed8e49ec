package vn.motcua.documents;

import static vn.motcua.documents.FormKind.APOLOGY_EXTENSION;
import static vn.motcua.documents.FormKind.CONTROL_SHEET;
import static vn.motcua.documents.FormKind.RECEIPT;
import static vn.motcua.documents.FormKind.REFUSAL;
import static vn.motcua.documents.FormKind.STOP_NOTICE;
import static vn.motcua.documents.FormKind.SUPPLEMENT_REQUEST;
import static vn.motcua.documents.FormKind.TRACKING_BOOK;
import static vn.motcua.documents.FormSpec.Paper.A4_LANDSCAPE;
import static vn.motcua.documents.FormSpec.Paper.A4_PORTRAIT;
import static vn.motcua.documents.FormSpec.Paper.A5_PORTRAIT;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.shared.ProblemException;

/**
 * The set of forms a circular prescribes. Circular 01/2018/TT-VPCP has six forms; Circular 03/2025/TT-VPCP
 * (Appendix I) has seven, adding the stop notice and renumbering the control sheet and tracking book.
 * Slips are A5; the control sheet is A4 so that its six-column table stays legible; the book is A4 landscape.
 */
public enum FormSet {
    TT01_2018("Thông tư số 01/2018/TT-VPCP",
            spec(RECEIPT, 1, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", null, A5_PORTRAIT),
            spec(SUPPLEMENT_REQUEST, 2, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", null, A5_PORTRAIT),
            spec(REFUSAL, 3, "Phiếu từ chối tiếp nhận giải quyết hồ sơ", null, A5_PORTRAIT),
            spec(APOLOGY_EXTENSION, 4, "Phiếu xin lỗi và hẹn lại ngày trả kết quả", null, A5_PORTRAIT),
            spec(CONTROL_SHEET, 5, "Phiếu kiểm soát quá trình giải quyết hồ sơ", null, A4_PORTRAIT),
            spec(TRACKING_BOOK, 6, "Sổ theo dõi hồ sơ", null, A4_LANDSCAPE)),

    TT03_2025("Thông tư số 03/2025/TT-VPCP",
            spec(RECEIPT, 1, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", null, A5_PORTRAIT),
            spec(SUPPLEMENT_REQUEST, 2, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "PBS", A5_PORTRAIT),
            spec(REFUSAL, 3, "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "PTC", A5_PORTRAIT),
            spec(APOLOGY_EXTENSION, 4, "Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết", "PXL", A5_PORTRAIT),
            spec(STOP_NOTICE, 5, "Thông báo dừng giải quyết hồ sơ", null, A5_PORTRAIT),
            spec(CONTROL_SHEET, 6, "Phiếu kiểm soát quá trình giải quyết hồ sơ", "PKS", A4_PORTRAIT),
            spec(TRACKING_BOOK, 7, "Sổ theo dõi hồ sơ", "STD", A4_LANDSCAPE));

    private final String circular;
    private final Map<FormKind, SpecDraft> drafts = new EnumMap<>(FormKind.class);

    FormSet(String circular, SpecDraft... drafts) {
        this.circular = circular;
        for (SpecDraft draft : drafts) {
            this.drafts.put(draft.kind(), draft);
        }
    }

    /** "Thông tư số 03/2025/TT-VPCP". */
    public String circular() {
        return circular;
    }

    public boolean includes(FormKind kind) {
        return drafts.containsKey(kind);
    }

    /** The form of this kind in this set; empty when the circular has no such form. */
    public Optional<FormSpec> spec(FormKind kind) {
        return Optional.ofNullable(drafts.get(kind)).map(draft -> draft.in(this));
    }

    /** The form of this kind in this set; a 404 problem when the circular has no such form. */
    public FormSpec require(FormKind kind) {
        return spec(kind).orElseThrow(() -> ProblemException.notFound(missingFormDetail(kind)));
    }

    private String missingFormDetail(FormKind kind) {
        return Arrays.stream(values()).filter(set -> set.includes(kind)).findFirst()
                .map(set -> "%s không có mẫu \"%s\" (%s); mẫu này chỉ có trong %s."
                        .formatted(circular, set.drafts.get(kind).title(), kind.slug(), set.circular))
                .orElse("%s không có mẫu %s.".formatted(circular, kind.slug()));
    }

    private static SpecDraft spec(FormKind kind, int number, String title, String numberCode, FormSpec.Paper paper) {
        return new SpecDraft(kind, number, title, numberCode, paper);
    }

    private record SpecDraft(FormKind kind, int number, String title, String numberCode, FormSpec.Paper paper) {
        FormSpec in(FormSet set) {
            return new FormSpec(set, kind, number, title, numberCode, paper);
        }
    }
}
