package vn.motcua.periodic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.periodic.Narrative;
import vn.motcua.periodic.PeriodicContent;
import vn.motcua.periodic.ReportKind;
import vn.motcua.reporting.ReportDocument;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.reporting.ResolutionReport;

/**
 * A periodic report's content and narrative as the document the reporting module lays out: each section's heading, its
 * lines from the records, then what the officer wrote under it; the assessment, next tasks and recommendations from the
 * narrative (or their defaults); form II.06a annexed. Pure.
 */
final class DocumentComposer {

    static final String SUMMARY = "Kết quả thực hiện công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, "
            + "một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử";
    static final String SELF_INSPECTION_SUMMARY = "Kết quả tự kiểm tra công tác kiểm soát thủ tục hành chính";

    private DocumentComposer() {
    }

    /** The document, dated {@code issuedOn} (today when null). */
    static ReportDocument compose(PeriodicContent content, ReportingPeriod period, Narrative written,
            LocalDate issuedOn) {
        Narrative narrative = (written == null ? Narrative.NONE : written).withDefaults(content.resolution());
        boolean self = content.kind() == ReportKind.SELF_INSPECTION;
        String when = SectionWriter.lowerFirst(content.periodLabel());
        List<ReportDocument.Part> parts = new ArrayList<>();
        for (PeriodicContent.Section section : content.sections()) {
            List<String> paragraphs = new ArrayList<>(section.lines());
            String text = narrativeOf(content.kind(), section.key(), narrative, content);
            if (!text.isBlank()) {
                paragraphs.add(text);
            }
            parts.add(new ReportDocument.Part(section.heading(), paragraphs));
        }
        String opening = self
                ? "Thực hiện kế hoạch kiểm tra công tác kiểm soát thủ tục hành chính " + when + ", "
                        + content.agencyName() + " báo cáo kết quả tự kiểm tra như sau:"
                : "Thực hiện chế độ báo cáo định kỳ về công tác kiểm soát thủ tục hành chính theo Thông tư số "
                        + "01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ, " + content.agencyName()
                        + " báo cáo tình hình, kết quả thực hiện " + when + " như sau:";
        String closing = "Trên đây là báo cáo " + (self ? "kết quả tự kiểm tra công tác kiểm soát thủ tục hành chính "
                : "tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính ") + when + " của "
                + content.agencyName() + "./.";
        return new ReportDocument(content.agencyCode(), period, narrative.number(),
                (self ? SELF_INSPECTION_SUMMARY : SUMMARY) + " " + when, opening, parts, closing,
                lines(narrative.signerTitle()), narrative.signerName(), narrative.recipients(), content.resolution(),
                issuedOn);
    }

    /**
     * What the narrative says under a section: the assessment, next tasks and recommendations have their own parts
     * (and defaults); any other section what the officer wrote under its key.
     */
    static String narrativeOf(ReportKind kind, String key, Narrative narrative, PeriodicContent content) {
        return Narrative.Part.ofSection(kind, key)
                .map(part -> part == Narrative.Part.STRENGTHS ? strengths(narrative, content) : part.of(narrative))
                .orElseGet(() -> narrative.section(key));
    }

    /** The officer's strengths, or by default what the figures show. */
    static String strengths(Narrative narrative, PeriodicContent content) {
        if (narrative.strengths() != null && !narrative.strengths().isBlank()) {
            return narrative.strengths();
        }
        List<String> lines = new ArrayList<>();
        ResolutionReport.Counts t = content.resolution().total();
        String inTime = SectionWriter.percent(t.resolved().early() + t.resolved().onTime(), t.resolved().total());
        if (inTime != null) {
            lines.add("- Hồ sơ TTHC được tiếp nhận, giải quyết theo cơ chế một cửa, một cửa liên thông; tỷ lệ giải quyết "
                    + "trước hạn và đúng hạn đạt " + inTime + "%.");
        }
        PeriodicContent.OnlineServices o = content.onlineServices();
        String online = SectionWriter.percent(o.receivedOnline(), o.receivedNew());
        if (online != null) {
            lines.add("- Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt " + online + "%.");
        }
        if (content.publication().procedures() > 0) {
            lines.add("- " + SectionWriter.n(content.publication().publiclyPosted()) + "/"
                    + SectionWriter.n(content.publication().procedures()) + " TTHC thuộc thẩm quyền được công khai đầy "
                    + "đủ, kịp thời.");
        }
        PeriodicContent.PlanStatus plan = content.plan();
        if (plan != null && plan.occurrencesDue() > 0) {
            lines.add("- Kế hoạch kiểm soát TTHC năm: " + SectionWriter.n(plan.doneOnTime() + plan.doneLate()) + "/"
                    + SectionWriter.n(plan.occurrencesDue()) + " lượt nhiệm vụ đến hạn đã hoàn thành.");
        }
        return lines.isEmpty() ? "Không." : String.join("\n", lines);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
