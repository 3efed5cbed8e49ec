package vn.motcua.controlplan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.controlplan.ControlPlan;
import vn.motcua.controlplan.ControlPlans;
import vn.motcua.controlplan.Evidence;
import vn.motcua.controlplan.PlanDraft;
import vn.motcua.controlplan.PlanDraft.Section;
import vn.motcua.controlplan.PlanDraft.Task;
import vn.motcua.controlplan.ProgressInput;
import vn.motcua.controlplan.ProgressStatus;
import vn.motcua.controlplan.ScheduleKind;
import vn.motcua.identity.DemoAgency;
import vn.motcua.shared.web.Pages;
import vn.motcua.shared.web.TypedDates;

/**
 * Demo data (after the control lists and the feedback register): the demo department's TTHC control plan for the
 * current year, laid out like the Quảng Trị department's 2024 plan (nine sections of the Decree 63/2010 work, time
 * frames as such plans print them) and entered through the service as the demo control officer, with progress up to
 * today: most past occurrences done (a few late), the last monthly report still to do, so the progress page shows
 * on time, late, overdue and not yet due. Written only when the department has no plan for the year, so it never
 * adds to a plan people entered; a restart in a new year writes that year's.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "motcua.demo", havingValue = "true")
class PlanDemoData implements ApplicationRunner {

    /** The demo control officer, who writes the plan and its progress. */
    static final String OFFICER = "kiemsoat";
    private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);
    private static final String OFFICE = "Văn phòng Sở";
    private static final String ALL_UNITS = "Các phòng, đơn vị thuộc Sở";
    private static final String UNITS_WITH_TTHC = "Các phòng, đơn vị có TTHC";

    private final ControlPlans plans;
    private final Clock clock;

    PlanDemoData(ControlPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String agency = DemoAgency.CODE.value();
        LocalDate today = LocalDate.now(clock.withZone(Pages.VIETNAM));
        int year = today.getYear();
        if (!plans.list(agency, year, OFFICER).isEmpty()) {
            return;
        }
        LocalDate issued = LocalDate.of(year, 1, 15);
        ControlPlan plan = plans.create(draft(agency, year, issued.isAfter(today) ? today : issued), OFFICER);
        int entries = progress(plan, today);
        log.info("Demo control plan {} for {} {}: {} tasks, {} progress entries", plan.id(), agency, year,
                plan.tasks().size(), entries);
    }

    /**
     * Records progress up to today: past occurrences done (every ninth late), the latest monthly report left to do,
     * every other regular task in progress.
     */
    private int progress(ControlPlan plan, LocalDate today) {
        int entries = 0;
        int occurrence = 0;
        int regular = 0;
        for (ControlPlan.Task task : plan.tasks()) {
            List<LocalDate> due = task.schedule().dueDates();
            List<LocalDate> past = due.stream().filter(d -> d.isBefore(today)).toList();
            for (int i = 0; i < past.size(); i++) {
                LocalDate dueDate = past.get(i);
                if (due.size() > 1 && i == past.size() - 1) {
                    continue; // the latest report of a recurring task: still to do, hence overdue
                }
                occurrence++;
                boolean late = occurrence % 9 == 0;
                LocalDate done = late ? dueDate.plusDays(4) : dueDate.minusDays(2);
                if (done.isAfter(today)) {
                    done = today;
                }
                plans.recordProgress(plan.id(), task.id(), new ProgressInput(done, ProgressStatus.DONE,
                        late ? "Hoàn thành chậm do chờ số liệu của các phòng" : "Đã hoàn thành",
                        new Evidence(null, null, evidence(task, dueDate)), due.size() > 1 ? dueDate : null),
                        OFFICER);
                entries++;
            }
            if (task.schedule().kind() == ScheduleKind.REGULAR && regular++ % 2 == 0) {
                plans.recordProgress(plan.id(), task.id(), new ProgressInput(today.minusDays(3),
                        ProgressStatus.IN_PROGRESS, "Đang triển khai thường xuyên", Evidence.NONE, null), OFFICER);
                entries++;
            }
        }
        return entries;
    }

    private static String evidence(ControlPlan.Task task, LocalDate due) {
        return task.content().startsWith("Báo cáo")
                ? "Báo cáo kết quả kiểm soát TTHC gửi Văn phòng UBND tỉnh, hạn " + TypedDates.format(due)
                : "Văn bản triển khai của " + task.leadUnit();
    }

    private static PlanDraft draft(String agency, int year, LocalDate issuedOn) {
        return new PlanDraft(agency, year, "12/KH-SKHCN", issuedOn,
                "Kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm " + year,
                "Nguyễn Văn Bình", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
                List.of("Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính",
                        "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa "
                                + "liên thông trong giải quyết thủ tục hành chính",
                        "Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của "
                                + "Nghị định số 61/2018/NĐ-CP",
                        "Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên "
                                + "môi trường điện tử",
                        "Kế hoạch kiểm soát thủ tục hành chính năm " + year + " của Ủy ban nhân dân tỉnh Bắc Ninh"),
                List.of("Triển khai có hiệu quả công tác kiểm soát thủ tục hành chính, bảo đảm công khai, minh bạch "
                                + "để cá nhân, tổ chức dễ tiếp cận và thực hiện thủ tục hành chính.",
                        "Rà soát các quy định, thủ tục hành chính thuộc chức năng, nhiệm vụ của các phòng, đơn vị để "
                                + "phát hiện và kiến nghị sửa đổi, bổ sung, thay thế, bãi bỏ những quy định không cần "
                                + "thiết, không hợp lý."),
                List.of("Công tác kiểm soát thủ tục hành chính phải thực hiện thường xuyên, liên tục, bảo đảm chất "
                        + "lượng, đúng thời gian quy định.",
                        "Xác định rõ trách nhiệm của các phòng, đơn vị, công chức, viên chức trong từng nhiệm vụ."),
                List.of("1. Các phòng, đơn vị thuộc Sở căn cứ chức năng, nhiệm vụ triển khai các nội dung tại Phụ lục "
                                + "kèm theo; báo cáo kết quả hằng tháng trước ngày 15 về Văn phòng Sở.",
                        "2. Văn phòng Sở theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Giám đốc Sở và Ủy ban nhân dân "
                                + "tỉnh theo quy định."),
                null,
                List.of(new Section(null, "I", "Công tác chỉ đạo, điều hành", List.of(
                                task("Xây dựng, ban hành Kế hoạch kiểm soát thủ tục hành chính và thực hiện cơ chế một "
                                        + "cửa, một cửa liên thông năm " + year, OFFICE, "Kế hoạch được ban hành",
                                        "Tháng 01/" + year),
                                task("Ban hành các văn bản chỉ đạo thực hiện hoạt động kiểm soát thủ tục hành chính, "
                                        + "đơn giản hóa thủ tục hành chính", OFFICE, "Văn bản chỉ đạo", "Thường xuyên"))),
                        new Section(null, "II", "Công bố, công khai thủ tục hành chính", List.of(
                                task("Trình Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính thuộc "
                                        + "phạm vi chức năng của Sở đầy đủ, chính xác, kịp thời", OFFICE,
                                        "Quyết định công bố", "Khi có phát sinh"),
                                task("Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa và trên Trang thông "
                                        + "tin điện tử của Sở", "Bộ phận Một cửa", "Thủ tục được công khai",
                                        "Thường xuyên"))),
                        new Section(null, "III", "Rà soát, đánh giá quy định, thủ tục hành chính theo Thông tư "
                                + "02/2017/TT-VPCP", List.of(
                                task("Rà soát, đánh giá quy định, thủ tục hành chính; đề xuất phương án đơn giản hóa "
                                        + "báo cáo Ủy ban nhân dân tỉnh", "Phòng Quản lý khoa học",
                                        "Báo cáo kết quả rà soát", "Trước 25/3/" + year),
                                task("Tổng hợp, đề nghị Chủ tịch Ủy ban nhân dân tỉnh thông qua phương án đơn giản "
                                        + "hóa thủ tục hành chính", OFFICE, "Quyết định thông qua phương án",
                                        "Trước 30/9/" + year))),
                        new Section(null, "IV", "Thực hiện cơ chế một cửa, một cửa liên thông và ứng dụng công nghệ "
                                + "thông tin trong giải quyết thủ tục hành chính", List.of(
                                task("Tiếp nhận, giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ "
                                        + "tục hành chính; số hóa hồ sơ, kết quả giải quyết", UNITS_WITH_TTHC,
                                        "Hồ sơ được giải quyết đúng hạn", "Thường xuyên"),
                                task("Khảo sát mức độ hài lòng của người dân, tổ chức đối với dịch vụ hành chính công "
                                        + "của Sở", "Bộ phận Một cửa", "Báo cáo kết quả khảo sát", "Quý IV/" + year))),
                        new Section(null, "V", "Kiểm tra việc thực hiện thủ tục hành chính", List.of(
                                task("Kiểm tra việc thực hiện thủ tục hành chính tại các phòng, đơn vị và Bộ phận Một "
                                        + "cửa", OFFICE, "Kết luận kiểm tra", "Theo Kế hoạch Kiểm tra Quý IV/" + year))),
                        new Section(null, "VI", "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính",
                                List.of(task("Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định "
                                        + "hành chính", ALL_UNITS, "Phản ánh, kiến nghị được trả lời đúng hạn",
                                        "Thường xuyên"))),
                        new Section(null, "VII", "Thông tin, tuyên truyền về kiểm soát thủ tục hành chính", List.of(
                                task("Cập nhật tin, bài về hoạt động kiểm soát thủ tục hành chính trên Trang thông tin "
                                        + "điện tử của Sở", OFFICE, "Tin, bài được đăng", "Thường xuyên"))),
                        new Section(null, "VIII", "Chế độ báo cáo", List.of(
                                task("Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính định kỳ",
                                        OFFICE, "Báo cáo gửi Văn phòng Ủy ban nhân dân tỉnh",
                                        "Ngày 15 hàng tháng")))));
    }

    private static Task task(String content, String lead, String result, String timeFrame) {
        return new Task(null, content, lead, lead.equals(ALL_UNITS) ? List.of() : List.of(ALL_UNITS), result,
                timeFrame, null);
    }
}
