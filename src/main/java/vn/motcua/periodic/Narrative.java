package vn.motcua.periodic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.reporting.ResolutionReport;
import vn.motcua.shared.ProblemException;

/**
 * What the officer writes around the figures of the periodic report before exporting it; every part is optional and
 * a missing (null or blank) part takes its default ({@link #withDefaults}).
 *
 * @param number       the document number, "15" (printed "Số: 15/BC-…") or the whole "15/BC-SKHCN"; none leaves the
 *                     number and the day blank, to be filled in when the report is signed (Decree 30/2020 Art. 15)
 * @param difficulties khó khăn, vướng mắc; one paragraph per line
 * @param proposals    đề xuất, kiến nghị; one paragraph per line
 * @param nextTasks    phương hướng, nhiệm vụ kỳ tới; one paragraph per line
 * @param signerTitle  authority and position, one line each, e.g. "KT. GIÁM ĐỐC" and "PHÓ GIÁM ĐỐC"
 * @param signerName   the signer's name, without academic titles
 * @param recipients   "Nơi nhận", one recipient per item ("Văn phòng UBND tỉnh (b/c)"); "Lưu: VT" is added when absent
 * @param strengths    ưu điểm, kết quả nổi bật; one paragraph per line (default: drawn from the figures)
 * @param sections     what the officer adds under a section of the body, by the section's key ("I", "II.3", …);
 *                     it follows the section's figures, which cannot be typed over
 */
public record Narrative(String number, String difficulties, String proposals, String nextTasks, String signerTitle,
        String signerName, List<String> recipients, String strengths, Map<String, String> sections) {

    /** The parts of the narrative that a section of the body takes instead of free text under its key. */
    public enum Part {
        STRENGTHS("strengths", "Ưu điểm (để trống: tóm tắt từ số liệu)"),
        DIFFICULTIES("difficulties", "Khó khăn, vướng mắc (để trống: nêu hồ sơ quá hạn nếu có)"),
        NEXT_TASKS("nextTasks", "Nhiệm vụ khác của kỳ tới (sau các nhiệm vụ của kế hoạch)"),
        PROPOSALS("proposals", "Kiến nghị, đề xuất");

        private final String field;
        private final String label;

        Part(String field, String label) {
            this.field = field;
            this.label = label;
        }

        /** The part's name in JSON and forms. */
        public String field() {
            return field;
        }

        public String label() {
            return label;
        }

        /** What the narrative says in this part (null when nothing). */
        public String of(Narrative narrative) {
            return switch (this) {
                case STRENGTHS -> narrative.strengths();
                case DIFFICULTIES -> narrative.difficulties();
                case NEXT_TASKS -> narrative.nextTasks();
                case PROPOSALS -> narrative.proposals();
            };
        }

        /**
         * The part a section of a report of {@code kind} takes: the assessment's two parts, next tasks and proposals;
         * empty for a section that takes free text under its key. A null kind (a month, a range) reads as a quarter.
         */
        public static java.util.Optional<Part> ofSection(ReportKind kind, String key) {
            Part part = kind == ReportKind.SELF_INSPECTION ? switch (key) {
                case "II.1" -> STRENGTHS;
                case "II.2" -> DIFFICULTIES;
                case "III" -> PROPOSALS;
                default -> null;
            } : switch (key) {
                case "III.1" -> STRENGTHS;
                case "III.2" -> DIFFICULTIES;
                case "IV" -> NEXT_TASKS;
                case "V" -> PROPOSALS;
                default -> null;
            };
            return java.util.Optional.ofNullable(part);
        }
    }

    /** Nothing written: every part takes its default. */
    public static final Narrative NONE = new Narrative(null, null, null, null, null, null, null, null, null);

    static final int MAX_TEXT = 20_000;
    public static final int MAX_LINE = 300;
    static final int MAX_RECIPIENTS = 30;
    static final int MAX_SECTIONS = 40;

    public static final String DEFAULT_SIGNER_TITLE = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC";
    public static final List<String> DEFAULT_RECIPIENTS = List.of("Văn phòng UBND tỉnh (b/c)", "Lãnh đạo Sở",
            "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP");
    public static final String DEFAULT_PROPOSALS = "Không.";
    public static final String DEFAULT_NEXT_TASKS = """
            1. Tiếp tục rà soát, trình công bố và công khai kịp thời, đầy đủ các thủ tục hành chính thuộc thẩm quyền \
            giải quyết; xây dựng quy trình nội bộ cho các thủ tục hành chính mới công bố.
            2. Tiếp nhận, giải quyết hồ sơ thủ tục hành chính theo cơ chế một cửa, một cửa liên thông bảo đảm đúng \
            hạn; thực hiện xin lỗi tổ chức, cá nhân khi giải quyết quá hạn theo quy định.
            3. Đẩy mạnh tiếp nhận hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ \
            tục hành chính.
            4. Thực hiện đầy đủ, đúng hạn chế độ thông tin, báo cáo về công tác kiểm soát thủ tục hành chính.""";

    public Narrative {
        recipients = recipients == null ? null : recipients.stream().map(r -> r == null ? "" : r).toList();
        Map<String, String> written = new LinkedHashMap<>();
        if (sections != null) {
            sections.forEach((key, text) -> {
                if (key != null && !blank(text)) {
                    written.put(key.strip(), text);
                }
            });
        }
        sections = java.util.Collections.unmodifiableMap(written);
    }

    /** What the officer wrote under the section {@code key}; "" when nothing. */
    public String section(String key) {
        return sections.getOrDefault(key, "");
    }

    /**
     * This narrative with each missing part replaced by its default; the default difficulties name the dossiers
     * resolved late and those overdue at the period end, when there are any.
     */
    public Narrative withDefaults(ResolutionReport report) {
        return new Narrative(blank(number) ? null : number.strip(),
                blank(difficulties) ? defaultDifficulties(report) : difficulties,
                blank(proposals) ? DEFAULT_PROPOSALS : proposals,
                blank(nextTasks) ? DEFAULT_NEXT_TASKS : nextTasks,
                blank(signerTitle) ? DEFAULT_SIGNER_TITLE : signerTitle,
                blank(signerName) ? "" : signerName.strip(),
                recipients == null || recipients.stream().allMatch(Narrative::blank) ? DEFAULT_RECIPIENTS : recipients,
                blank(strengths) ? null : strengths, sections);
    }

    /**
     * This narrative once its sizes are reasonable for a report.
     *
     * @throws ProblemException naming the part that is too long
     */
    public Narrative validated() {
        limit("number", number, MAX_LINE);
        limit("difficulties", difficulties, MAX_TEXT);
        limit("proposals", proposals, MAX_TEXT);
        limit("nextTasks", nextTasks, MAX_TEXT);
        limit("signerTitle", signerTitle, MAX_LINE);
        limit("signerName", signerName, MAX_LINE);
        limit("strengths", strengths, MAX_TEXT);
        if (sections.size() > MAX_SECTIONS) {
            throw ProblemException.invalidField("sections", "Có tối đa " + MAX_SECTIONS + " phần thuyết minh");
        }
        sections.forEach((key, text) -> limit("sections." + key, text, MAX_TEXT));
        if (recipients != null && (recipients.size() > MAX_RECIPIENTS
                || recipients.stream().anyMatch(r -> r.length() > MAX_LINE))) {
            throw ProblemException.invalidField("recipients",
                    "Nơi nhận có tối đa " + MAX_RECIPIENTS + " dòng, mỗi dòng tối đa " + MAX_LINE + " ký tự");
        }
        return this;
    }

    private static void limit(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ProblemException.invalidField(field, "Nội dung dài quá " + max + " ký tự");
        }
    }

    public static String defaultDifficulties(ResolutionReport report) {
        long late = report.total().resolved().late();
        long overdue = report.total().inProgress().overdue();
        List<String> lines = new ArrayList<>();
        if (late > 0 || overdue > 0) {
            lines.add("- Trong kỳ còn " + late + " hồ sơ giải quyết quá hạn và " + overdue
                    + " hồ sơ đang giải quyết quá hạn tại thời điểm chốt số liệu; cần làm rõ nguyên nhân và thực hiện "
                    + "xin lỗi tổ chức, cá nhân theo quy định.");
        }
        if (!report.consistent()) {
            lines.add("- Số liệu trên hệ thống chưa cân đối ở một số chỉ tiêu (xem phần Kiểm tra của Biểu số "
                    + "II.06a/VPCP/KSTT); cần rà soát lại trạng thái hồ sơ.");
        }
        return lines.isEmpty() ? "Không." : String.join("\n", lines);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
