package vn.motcua.periodic.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.control.CommunicationKind;
import vn.motcua.control.ControlActivitiesReport;
import vn.motcua.control.DocumentKind;
import vn.motcua.control.FindingAssessment;
import vn.motcua.control.InspectionFinding;
import vn.motcua.periodic.PeriodicContent;
import vn.motcua.periodic.PeriodicContent.Figure;
import vn.motcua.periodic.PeriodicContent.Section;
import vn.motcua.periodic.ReportKind;
import vn.motcua.reporting.CatalogReport;
import vn.motcua.reporting.ResolutionReport;

/**
 * The sections of a periodic report, worded as the departments' reports word them (Quảng Trị Q3/2023, Sơn La Q1/2024;
 * the self-inspection report after Kon Tum 2024), each figure stated once with its key. Pure: from the blocks of the
 * content to the sections, nothing read or written.
 */
final class SectionWriter {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private SectionWriter() {
    }

    /** The body's sections for the report's kind, in print order. */
    static List<Section> sections(ReportKind kind, Blocks b) {
        return kind == ReportKind.SELF_INSPECTION ? selfInspection(b) : periodic(b);
    }

    /** What the sections are written from. */
    record Blocks(String periodInSentence, ResolutionReport resolution, CatalogReport publication,
            ControlActivitiesReport control, PeriodicContent.OnlineServices online, PeriodicContent.PlanStatus plan,
            PeriodicContent.NextPeriod next) {}

    private static List<Section> periodic(Blocks b) {
        List<Section> sections = new ArrayList<>();
        sections.add(direction("I", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", b));
        sections.add(new Builder("II", "II. TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH (TTHC)").build());
        sections.add(impactAssessment("II.1", "1. ", b));
        sections.add(appraisal("II.2", "2. ", b));
        sections.add(publication("II.3", "3. ", b));
        sections.add(review("II.4", "4. ", b));
        sections.add(resolution("II.5", "5. ", b));
        sections.add(feedback("II.6", "6. ", b));
        sections.add(oneStop("II.7", "7. ", b));
        sections.add(online("II.8", "8. ", b));
        sections.add(communications("II.9", "9. ", b));
        sections.add(inspections("II.10", "10. ", b));
        sections.add(initiatives("II.11", "11. "));
        sections.add(new Builder("III", "III. ĐÁNH GIÁ CHUNG").build());
        sections.add(new Builder("III.1", "1. Ưu điểm").build());
        sections.add(new Builder("III.2", "2. Khó khăn, vướng mắc").build());
        sections.add(nextTasks("IV", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ " + upper(b.next().label()), b));
        sections.add(new Builder("V", "V. KIẾN NGHỊ, ĐỀ XUẤT").build());
        return sections;
    }

    private static List<Section> selfInspection(Blocks b) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Builder("I", "I. KẾT QUẢ ĐẠT ĐƯỢC").build());
        sections.add(direction("I.1", "1. Công tác chỉ đạo, điều hành", b));
        sections.add(new Builder("I.2", "2. Về tự kiểm tra công tác kiểm soát thủ tục hành chính").build());
        sections.add(publication("I.2.1", "2.1. ", b));
        sections.add(resolution("I.2.2", "2.2. ", b));
        sections.add(feedback("I.2.3", "2.3. ", b));
        Section review = review("I.2.4", "2.4. ", b);
        Section communications = communications("I.2.4", "", b);
        Section inspections = inspections("I.2.4", "", b);
        sections.add(merge("I.2.4", "2.4. Về rà soát, đơn giản hóa TTHC, công tác truyền thông, kiểm tra và chế độ "
                + "thông tin, báo cáo", review, communications, inspections));
        sections.add(online("I.2.5", "2.5. Việc giải quyết hồ sơ thủ tục hành chính trên môi trường điện tử", b));
        sections.add(new Builder("II", "II. ĐÁNH GIÁ CHUNG").build());
        sections.add(new Builder("II.1", "1. Những mặt đạt được").build());
        sections.add(new Builder("II.2", "2. Những tồn tại, hạn chế, khó khăn").build());
        sections.add(new Builder("III", "III. KIẾN NGHỊ, ĐỀ XUẤT").build());
        return sections;
    }

    private static Section merge(String key, String heading, Section... parts) {
        Builder merged = new Builder(key, heading);
        for (Section part : parts) {
            merged.figures.addAll(part.figures());
            merged.lines.addAll(part.lines());
        }
        return merged.build();
    }

    private static Section direction(String key, String heading, Blocks b) {
        Builder s = new Builder(key, heading);
        List<ControlActivitiesReport.DocumentLine> documents = b.control().documents();
        s.figure("direction.documents", "Số văn bản chỉ đạo, điều hành về kiểm soát TTHC ban hành trong kỳ",
                documents.size(), documents.isEmpty() ? "- Trong kỳ không ban hành văn bản chỉ đạo, điều hành về "
                        + "kiểm soát TTHC." : "- Văn bản chỉ đạo, điều hành về kiểm soát TTHC ban hành trong kỳ: "
                        + n(documents.size()) + " văn bản:");
        for (ControlActivitiesReport.DocumentLine d : documents) {
            s.line("+ " + documentKind(d.kind()) + " số " + d.number() + " ngày " + date(d.date())
                    + (blank(d.summary()) ? "" : " " + lowerFirst(d.summary().strip())) + ";");
        }
        PeriodicContent.PlanStatus plan = b.plan();
        if (plan == null) {
            s.line("- Chưa có kế hoạch kiểm soát TTHC năm được lưu trên hệ thống.");
            return s.build();
        }
        String subject = plan.title().strip().replaceFirst("^(?i)kế hoạch\\s+", "");
        s.line("- Triển khai Kế hoạch số " + plan.number() + (plan.issuedOn() == null ? "" : " ngày "
                + date(plan.issuedOn())) + " về " + lowerFirst(subject) + ". Đến ngày " + date(plan.asOf()) + ":");
        s.figure("plan.occurrencesDue", "Số lượt nhiệm vụ của kế hoạch đến hạn", plan.occurrencesDue(),
                "+ Nhiệm vụ đến hạn: " + n(plan.occurrencesDue()) + " lượt trên tổng số " + n(plan.tasks())
                        + " nhiệm vụ của kế hoạch;");
        s.figure("plan.doneOnTime", "Hoàn thành đúng hạn", plan.doneOnTime(), null);
        s.figure("plan.doneLate", "Hoàn thành trễ hạn", plan.doneLate(), null);
        s.figure("plan.overdue", "Chưa hoàn thành, đã quá hạn", plan.overdue(), null);
        s.line("+ Hoàn thành đúng hạn: " + n(plan.doneOnTime()) + "; hoàn thành trễ hạn: " + n(plan.doneLate())
                + "; chưa hoàn thành, đã quá hạn: " + n(plan.overdue()) + ";");
        s.figure("plan.undatedTasks", "Nhiệm vụ thường xuyên, khi phát sinh", plan.undatedTasks(),
                "+ Nhiệm vụ thực hiện thường xuyên hoặc khi phát sinh: " + n(plan.undatedTasks())
                        + (plan.overdueTasks().isEmpty() ? "." : ";"));
        if (!plan.overdueTasks().isEmpty()) {
            s.line("+ Nhiệm vụ chưa hoàn thành, đã quá hạn:");
            for (PeriodicContent.Task task : plan.overdueTasks()) {
                s.line("– " + task(task));
            }
        }
        return s.build();
    }

    private static Section impactAssessment(String key, String number, Blocks b) {
        Builder s = new Builder(key, number + "Đánh giá tác động TTHC quy định tại dự thảo văn bản quy phạm pháp luật");
        ControlActivitiesReport.ImpactAssessment a = b.control().impactAssessment();
        s.figure("impactAssessment.tthcAssessed", "Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo",
                a.tthcAssessed());
        s.figure("impactAssessment.issuedTthcAssessed",
                "Số lượng TTHC ban hành trong kỳ báo cáo đã được đánh giá tác động", a.issuedTthcAssessed());
        return s.build();
    }

    private static Section appraisal(String key, String number, Blocks b) {
        Builder s = new Builder(key, number + "Thẩm định, thẩm tra TTHC quy định tại dự thảo văn bản quy phạm pháp "
                + "luật");
        ControlActivitiesReport.Appraisal a = b.control().appraisal();
        s.figure("appraisal.tthcAppraised", "Số TTHC được thẩm định, thẩm tra trong kỳ báo cáo", a.tthcAppraised());
        s.figure("appraisal.draftsAppraised", "Số dự thảo văn bản quy phạm pháp luật có TTHC được thẩm định, thẩm tra",
                a.draftsAppraised());
        return s.build();
    }

    private static Section publication(String key, String number, Blocks b) {
        Builder s = new Builder(key, number + "Công bố, công khai TTHC, danh mục TTHC");
        CatalogReport c = b.publication();
        List<CatalogReport.Decision> decisions = c.decisions();
        s.figure("publication.decisions", "Số quyết định công bố TTHC ký ban hành trong kỳ", decisions.size(),
                decisions.isEmpty() ? "- Trong kỳ báo cáo không có quyết định công bố TTHC thuộc thẩm quyền giải quyết "
                        + "của cơ quan được ký ban hành." : "- Quyết định công bố TTHC ký ban hành trong kỳ: "
                        + n(decisions.size()) + " quyết định:");
        for (CatalogReport.Decision d : decisions) {
            s.line("+ Quyết định số " + d.number() + " ngày " + date(d.signedOn())
                    + (d.effectiveOn() == null ? "" : ", có hiệu lực từ ngày " + date(d.effectiveOn())) + ": "
                    + n(d.items()) + " TTHC;");
        }
        long announced = c.announcedNew() + c.announcedAmended() + c.announcedReplaced() + c.announcedAbolished();
        s.line("- Số TTHC được công bố có hiệu lực trong kỳ: " + n(announced) + (announced == 0 ? "." : ", trong đó:"));
        s.figure("publication.new", "Thủ tục hành chính mới ban hành", c.announcedNew(), announced == 0 ? null
                : "+ Thủ tục hành chính mới ban hành: " + n(c.announcedNew()) + ";");
        s.figure("publication.amended", "Thủ tục hành chính sửa đổi, bổ sung", c.announcedAmended(), announced == 0
                ? null : "+ Thủ tục hành chính sửa đổi, bổ sung: " + n(c.announcedAmended()) + ";");
        s.figure("publication.replaced", "Thủ tục hành chính được thay thế", c.announcedReplaced(), announced == 0
                ? null : "+ Thủ tục hành chính được thay thế: " + n(c.announcedReplaced()) + ";");
        s.figure("publication.abolished", "Thủ tục hành chính bị bãi bỏ", c.announcedAbolished(), announced == 0
                ? null : "+ Thủ tục hành chính bị bãi bỏ: " + n(c.announcedAbolished()) + ".");
        s.figure("publication.procedures", "Tổng số TTHC thuộc thẩm quyền đang có hiệu lực", c.procedures(),
                "- Tổng số TTHC thuộc thẩm quyền quản lý, giải quyết của cơ quan tính đến ngày " + date(c.to()) + ": "
                        + n(c.procedures()) + " TTHC.");
        s.figure("publication.publiclyPosted", "Số TTHC được công khai", c.publiclyPosted(),
                "- Số TTHC được công khai: " + n(c.publiclyPosted()) + "/" + n(c.procedures())
                        + rate(c.publiclyPosted(), c.procedures()) + ".");
        s.figure("publication.withInternalProcedure", "Số TTHC có quy trình nội bộ được phê duyệt",
                c.withInternalProcedure(), "- Số TTHC đã được phê duyệt quy trình nội bộ giải quyết: "
                        + n(c.withInternalProcedure()) + "/" + n(c.procedures())
                        + rate(c.withInternalProcedure(), c.procedures()) + ".");
        return s.build();
    }

    private static Section review(String key, String number, Blocks b) {
        Builder s = new Builder(key, number + "Rà soát, đơn giản hóa TTHC");
        ControlActivitiesReport.Review r = b.control().review();
        s.figure("review.tthcToReview", "Tổng số TTHC cần rà soát, đơn giản hóa theo kế hoạch", r.tthcToReview());
        s.figure("review.tthcReviewed", "Số TTHC đã rà soát", r.tthcReviewed());
        s.figure("review.optionsPassed", "Số phương án đơn giản hóa được thông qua", r.optionsPassed());
        s.figure("review.tthcTimeCut", "Số TTHC được cắt giảm thời gian giải quyết", r.tthcTimeCut());
        s.figure("review.workingDaysSaved", "Tổng số ngày làm việc được cắt giảm", r.workingDaysSaved());
        return s.build();
    }

    private static Section resolution(String key, String number, Blocks b) {
        Builder s = new Builder(key, number + "Về tình hình, kết quả giải quyết TTHC");
        ResolutionReport.Counts t = b.resolution().total();
        s.line("Số liệu " + b.periodInSentence() + " (chi tiết theo lĩnh vực tại Biểu số II.06a/VPCP/KSTT kèm theo):");
        s.figure("resolution.received", "Tổng số hồ sơ nhận giải quyết", t.received().total(), null);
        s.figure("resolution.carriedOver", "Số từ kỳ trước chuyển sang", t.received().carriedOver(), null);
        s.figure("resolution.receivedOnline", "Số mới tiếp nhận trực tuyến", t.received().online(), null);
        s.figure("resolution.receivedDirectOrPostal", "Số mới tiếp nhận trực tiếp và qua dịch vụ bưu chính",
                t.received().directOrPostal(), "- Tổng số hồ sơ nhận giải quyết: " + n(t.received().total())
                        + " hồ sơ, trong đó: số từ kỳ trước chuyển sang: " + n(t.received().carriedOver())
                        + "; số mới tiếp nhận trực tuyến: " + n(t.received().online()) + "; số mới tiếp nhận trực tiếp "
                        + "và qua dịch vụ bưu chính: " + n(t.received().directOrPostal()) + ".");
        s.figure("resolution.resolved", "Số hồ sơ đã giải quyết", t.resolved().total(), null);
        s.figure("resolution.early", "Giải quyết trước hạn", t.resolved().early(), null);
        s.figure("resolution.onTime", "Giải quyết đúng hạn", t.resolved().onTime(), null);
        String inTime = percent(t.resolved().early() + t.resolved().onTime(), t.resolved().total());
        s.figure("resolution.late", "Giải quyết quá hạn", t.resolved().late(), "- Số hồ sơ đã giải quyết: "
                + n(t.resolved().total()) + ", trong đó: giải quyết trước hạn: " + n(t.resolved().early())
                + "; đúng hạn: " + n(t.resolved().onTime()) + "; quá hạn: " + n(t.resolved().late())
                + (inTime == null ? "" : ". Tỷ lệ giải quyết trước hạn và đúng hạn đạt " + inTime + "%") + ".");
        s.figure("resolution.inProgress", "Số hồ sơ đang giải quyết", t.inProgress().total(), null);
        s.figure("resolution.withinDeadline", "Đang giải quyết trong hạn", t.inProgress().withinDeadline(), null);
        s.figure("resolution.overdue", "Đang giải quyết quá hạn", t.inProgress().overdue(), "- Số hồ sơ đang giải "
                + "quyết: " + n(t.inProgress().total()) + ", trong đó: trong hạn: " + n(t.inProgress().withinDeadline())
                + "; quá hạn: " + n(t.inProgress().overdue()) + ".");
        return s.build();
    }

    private static Section feedback(String key, String number, Blocks b) {
        Builder s = new Builder(key, number + "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định, TTHC");
        ControlActivitiesReport.Feedback f = b.control().feedback();
        s.figure("feedback.received", "Tổng số phản ánh, kiến nghị đã tiếp nhận trong kỳ báo cáo", f.received());
        s.figure("feedback.accepted", "Số phản ánh, kiến nghị thuộc thẩm quyền", f.accepted());
        s.figure("feedback.handled", "Số phản ánh, kiến nghị đã xử lý", f.handled(), "- Số phản ánh, kiến nghị đã xử "
                + "lý: " + n(f.handled()) + rate("đúng hạn", f.handledOnTime(), f.handled()) + ", trong đó:");
        s.figure("feedback.handledOnTime", "Số đã xử lý đúng hạn", f.handledOnTime(), null);
        s.figure("feedback.published", "Số đã được đăng tải công khai", f.published(),
                "+ Số đã được đăng tải công khai: " + n(f.published()) + ";");
        s.figure("feedback.inProgress", "Số phản ánh, kiến nghị đang xử lý", f.inProgress(),
                "+ Số phản ánh, kiến nghị đang xử lý: " + n(f.inProgress()) + ", trong đó quá hạn: "
                        + n(f.inProgressOverdue()) + ".");
        s.figure("feedback.inProgressOverdue", "Số đang xử lý quá hạn", f.inProgressOverdue(), null);
        return s.build();
    }

    private static Section oneStop(String key, String number, Blocks b) {
        Builder s = new Builder(key, number + "Triển khai cơ chế một cửa, một cửa liên thông trong giải quyết TTHC");
        ResolutionReport.Counts t = b.resolution().total();
        PeriodicContent.OnlineServices o = b.online();
        String inTime = percent(t.resolved().early() + t.resolved().onTime(), t.resolved().total());
        s.line("- Toàn bộ hồ sơ TTHC được tiếp nhận, giải quyết và trả kết quả qua Bộ phận Một cửa, theo dõi trên Hệ "
                + "thống thông tin giải quyết TTHC; tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn "
                + (inTime == null ? "chưa có (không có hồ sơ giải quyết xong trong kỳ)" : "đạt " + inTime + "%") + ".");
        s.figure("oneStop.digitizedAtIntake", "Số hồ sơ được số hóa thành phần khi tiếp nhận", o.digitizedAtIntake(),
                "- Số hồ sơ được số hóa đầy đủ thành phần khi tiếp nhận: " + n(o.digitizedAtIntake()) + "/"
                        + n(o.receivedNew()) + rate(o.digitizedAtIntake(), o.receivedNew()) + ".");
        s.figure("oneStop.resultsDigitized", "Số hồ sơ có kết quả giải quyết được số hóa", o.resultsDigitized(),
                "- Số hồ sơ đã giải quyết có kết quả được số hóa: " + n(o.resultsDigitized()) + "/" + n(o.resolved())
                        + rate(o.resultsDigitized(), o.resolved()) + ".");
        return s.build();
    }

    private static Section online(String key, String heading, Blocks b) {
        Builder s = new Builder(key, heading.endsWith(". ") ? heading + "Thực hiện TTHC trên môi trường điện tử"
                : heading);
        PeriodicContent.OnlineServices o = b.online();
        s.figure("online.full", "Số TTHC cung cấp dịch vụ công trực tuyến toàn trình", o.onlineFull(), null);
        s.figure("online.partial", "Số TTHC cung cấp dịch vụ công trực tuyến một phần", o.onlinePartial(),
                "- Số TTHC cung cấp dịch vụ công trực tuyến: " + n(o.onlineFull() + o.onlinePartial()) + "/"
                        + n(o.proceduresInForce()) + " TTHC, trong đó toàn trình: " + n(o.onlineFull())
                        + "; một phần: " + n(o.onlinePartial()) + ".");
        s.figure("online.received", "Số hồ sơ tiếp nhận trực tuyến", o.receivedOnline(), "- Số hồ sơ mới tiếp nhận "
                + "trong kỳ: " + n(o.receivedNew()) + ", trong đó tiếp nhận trực tuyến: " + n(o.receivedOnline())
                + rate(o.receivedOnline(), o.receivedNew()) + ".");
        s.figure("online.feeDossiers", "Số hồ sơ có nghĩa vụ tài chính", o.feeDossiers(), null);
        s.figure("online.paidOnline", "Số hồ sơ thanh toán trực tuyến", o.paidOnline(), "- Số hồ sơ có nghĩa vụ tài "
                + "chính (phí, lệ phí): " + n(o.feeDossiers()) + ", trong đó thanh toán trực tuyến: "
                + n(o.paidOnline()) + rate(o.paidOnline(), o.feeDossiers()) + ".");
        s.line(o.portalSynced() == null ? "- Đồng bộ hồ sơ với Cổng Dịch vụ công quốc gia: hệ thống chưa ghi nhận "
                + "số liệu trao đổi." : "- Số hồ sơ đồng bộ với Cổng Dịch vụ công quốc gia: " + n(o.portalSynced())
                + "/" + n(o.receivedNew()) + rate(o.portalSynced(), o.receivedNew()) + ".");
        return s.build();
    }

    private static Section communications(String key, String number, Blocks b) {
        Builder s = new Builder(key, number + "Truyền thông hỗ trợ hoạt động kiểm soát TTHC");
        ControlActivitiesReport.Communications c = b.control().communications();
        List<String> kinds = new ArrayList<>();
        for (CommunicationKind kind : CommunicationKind.values()) {
            long count = c.byKind().getOrDefault(kind.name(), 0L);
            s.figures.add(new Figure("communications.byKind." + kind.name(), kind.label(), count));
            if (count > 0) {
                kinds.add(lowerFirst(kind.label()) + ": " + n(count));
            }
        }
        s.figure("communications.items", "Số hoạt động truyền thông về kiểm soát TTHC trong kỳ", c.items(),
                "- Số hoạt động truyền thông về kiểm soát TTHC trong kỳ: " + n(c.items())
                        + (kinds.isEmpty() ? "" : " (" + String.join("; ", kinds) + ")") + ".");
        s.figure("communications.visits", "Số lượt tiếp cận, tham dự", c.visits());
        return s.build();
    }

    private static Section inspections(String key, String number, Blocks b) {
        Builder s = new Builder(key, number + "Kiểm tra thực hiện kiểm soát TTHC");
        ControlActivitiesReport.Inspections i = b.control().inspections();
        s.figure("inspections.planned", "Số cuộc kiểm tra theo kế hoạch", i.planned());
        s.figure("inspections.conducted", "Số cuộc kiểm tra đã thực hiện", i.conducted());
        s.figure("inspections.violations", "Số vi phạm phát hiện qua kiểm tra", i.violations());
        s.figure("inspections.rewarded", "Số tổ chức, cá nhân được khen thưởng", i.rewarded());
        s.figure("inspections.disciplined", "Số tổ chức, cá nhân bị xử lý kỷ luật", i.disciplined());
        List<InspectionFinding> findings = b.control().findings();
        if (findings.isEmpty()) {
            return s.build();
        }
        Map<FindingAssessment, Long> counts = new java.util.EnumMap<>(FindingAssessment.class);
        Map<String, List<String>> byUnit = new java.util.LinkedHashMap<>();
        for (InspectionFinding f : findings) {
            counts.merge(f.assessment(), 1L, Long::sum);
            byUnit.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(lowerFirst(f.content().label()).replaceFirst(
                    "^việc ", "") + ": " + lowerFirst(f.assessment().label())
                    + (blank(f.note()) ? "" : " (" + f.note().strip().replaceFirst("[.;]+$", "") + ")"));
        }
        s.figure("inspections.findings", "Số lượt nội dung được kiểm tra tại các đơn vị", findings.size(), null);
        s.figure("inspections.findingsGood", "Số lượt nội dung thực hiện tốt",
                counts.getOrDefault(FindingAssessment.GOOD, 0L), null);
        s.figure("inspections.findingsShortcomings", "Số lượt nội dung còn hạn chế, thiếu sót",
                counts.getOrDefault(FindingAssessment.SHORTCOMINGS, 0L), null);
        s.figure("inspections.findingsViolations", "Số lượt nội dung có sai phạm",
                counts.getOrDefault(FindingAssessment.VIOLATION, 0L), "- Kết quả kiểm tra tại " + n(byUnit.size())
                        + " đơn vị trên " + n(findings.size()) + " lượt nội dung: thực hiện tốt: "
                        + n(counts.getOrDefault(FindingAssessment.GOOD, 0L)) + "; còn hạn chế, thiếu sót: "
                        + n(counts.getOrDefault(FindingAssessment.SHORTCOMINGS, 0L)) + "; có sai phạm: "
                        + n(counts.getOrDefault(FindingAssessment.VIOLATION, 0L)) + ", cụ thể:");
        byUnit.forEach((unit, lines) -> s.line("+ " + unit + ": " + String.join("; ", lines) + ";"));
        return s.build();
    }

    private static Section nextTasks(String key, String heading, Blocks b) {
        Builder s = new Builder(key, heading);
        List<PeriodicContent.Task> tasks = b.next().tasks();
        s.figure("next.planTasks", "Số nhiệm vụ của kế hoạch đến hạn kỳ tới", tasks.size(), tasks.isEmpty() ? null
                : "Các nhiệm vụ của kế hoạch kiểm soát TTHC đến hạn " + lowerFirst(b.next().label()) + ":");
        int number = 1;
        for (PeriodicContent.Task task : tasks) {
            s.line(number++ + ". " + task(task));
        }
        return s.build();
    }

    /** "Báo cáo kết quả … (chủ trì: Văn phòng Sở; thời hạn: 8/12/2023)." */
    private static String task(PeriodicContent.Task task) {
        return task.content().strip().replaceFirst("[.;]+$", "") + " (chủ trì: " + task.leadUnit() + "; thời hạn: "
                + date(task.dueDate()) + ").";
    }

    private static Section initiatives(String key, String number) {
        return new Builder(key, number + "Nghiên cứu, đề xuất sáng kiến cải cách TTHC").build();
    }

    /** A section being written: figures with their keys and the lines that state them. */
    static final class Builder {
        final String key;
        final String heading;
        final List<Figure> figures = new ArrayList<>();
        final List<String> lines = new ArrayList<>();

        Builder(String key, String heading) {
            this.key = key;
            this.heading = heading;
        }

        /** A figure stated on a line of its own: "- label: 12.". */
        void figure(String key, String label, long value) {
            figure(key, label, value, "- " + label + ": " + n(value) + ".");
        }

        /** A figure and the line that states it, or null when another line states it. */
        void figure(String key, String label, long value, String line) {
            figures.add(new Figure(key, label, value));
            if (line != null) {
                lines.add(line);
            }
        }

        void line(String line) {
            lines.add(line);
        }

        Section build() {
            return new Section(key, heading, List.copyOf(figures), List.copyOf(lines));
        }
    }

    /** A count as Vietnamese prints it: 1.234. */
    static String n(long value) {
        return String.format(VIETNAMESE, "%,d", value);
    }

    /** "15/6/2023". */
    static String date(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** {@code part ÷ whole} as a Vietnamese percentage, "87,5"; null when the whole is 0. */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        BigDecimal ratio = BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
        return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                .replace('.', ',');
    }

    /** ", đạt tỷ lệ 87,5%", or nothing when the whole is 0. */
    static String rate(long part, long whole) {
        String percent = percent(part, whole);
        return percent == null ? "" : ", đạt tỷ lệ " + percent + "%";
    }

    /** " (đúng hạn 87,5%)", or nothing when the whole is 0. */
    private static String rate(String what, long part, long whole) {
        String percent = percent(part, whole);
        return percent == null ? "" : " (" + what + ": " + n(part) + ", đạt " + percent + "%)";
    }

    private static String documentKind(String kind) {
        for (DocumentKind k : DocumentKind.values()) {
            if (k.name().equals(kind)) {
                return k == DocumentKind.OTHER ? "Văn bản" : k.label();
            }
        }
        return "Văn bản";
    }

    static String upper(String s) {
        return s.toUpperCase(VIETNAMESE);
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VIETNAMESE) + s.substring(1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
