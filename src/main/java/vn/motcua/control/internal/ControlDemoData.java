package vn.motcua.control.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.control.ControlList;
import vn.motcua.identity.DemoAgency;
import vn.motcua.shared.web.Pages;

/**
 * Demo data (after identity's demo agency and the catalog): a few records of each list for the demo department,
 * dated in the last weeks so that the hub and the report of the current quarter show figures. Written only when the
 * demo department has no control record at all, so it never adds to what people entered.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "motcua.demo", havingValue = "true")
class ControlDemoData implements ApplicationRunner {

    static final String SYSTEM = "system:motcua";
    private static final Logger log = LoggerFactory.getLogger(ControlDemoData.class);

    private final ControlRepository repository;
    private final JdbcClient jdbc;
    private final Clock clock;

    ControlDemoData(ControlRepository repository, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String agency = DemoAgency.CODE.value();
        for (ControlList list : ControlList.values()) {
            Long count = jdbc.sql("SELECT count(*) FROM " + Schema.table(list) + " WHERE agency_code = :agency")
                    .param("agency", agency).query(Long.class).single();
            if (count > 0) {
                return;
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(Pages.VIETNAM));
        Instant at = clock.instant();
        int year = today.getYear();
        add(ControlList.DOCUMENTS, at, "number", "252/KH-SKHCN", "date", today.minusDays(40), "kind", "PLAN",
                "summary", "Kế hoạch kiểm soát thủ tục hành chính năm " + year);
        add(ControlList.DOCUMENTS, at, "number", "51/KH-SKHCN", "date", today.minusDays(25), "kind", "PLAN",
                "summary", "Kế hoạch rà soát, đơn giản hoá quy định, thủ tục hành chính nội bộ");
        add(ControlList.DOCUMENTS, at, "number", "947/SKHCN-VP", "date", today.minusDays(12), "kind", "DISPATCH",
                "summary", "Thực hiện số hoá hồ sơ, kết quả giải quyết thủ tục hành chính");
        add(ControlList.COMMUNICATIONS, at, "date", today.minusDays(30), "kind", "ARTICLE", "title",
                "Công khai thủ tục hành chính mới trên Trang thông tin điện tử của Sở", "channel",
                "Trang thông tin điện tử Sở", "visits", 41L);
        add(ControlList.COMMUNICATIONS, at, "date", today.minusDays(9), "kind", "CONFERENCE", "title",
                "Quán triệt Nghị định 61/2018/NĐ-CP tại hội nghị giao ban", "audience", "Công chức, viên chức của Sở",
                "visits", 24L);
        add(ControlList.INSPECTIONS, at, "title", "Kiểm tra việc thực hiện TTHC tại Bộ phận Một cửa", "status",
                "CONDUCTED", "plannedDate", today.minusDays(20), "conductedDate", today.minusDays(18),
                "unitsInspected", "Bộ phận Một cửa; Phòng Quản lý chuyên ngành", "findings",
                "Niêm yết công khai đầy đủ; hồ sơ giải quyết đúng hạn", "violations", 0L, "rewards", 0L,
                "disciplined", 0L);
        add(ControlList.REVIEWS, at, "year", (long) year, "procedureCode", "1.014440", "procedureName",
                "Thủ tục cấp lại Giấy công nhận trung tâm đổi mới sáng tạo", "dueDate", today.minusDays(15),
                "responsible", "Phòng Quản lý chuyên ngành", "reviewedDate", today.minusDays(16), "finding",
                "Thời hạn giải quyết có thể rút ngắn", "optionKind", "CUT_TIME_LIMIT", "timeLimitFrom", 15L,
                "timeLimitTo", 10L, "status", "APPROVED", "decisionNumber", "118/QĐ-UBND", "decisionDate",
                today.minusDays(5));
        add(ControlList.REVIEWS, at, "year", (long) year, "procedureCode", "1.014438", "procedureName",
                "Thủ tục công nhận trung tâm đổi mới sáng tạo cấp tỉnh", "dueDate",
                today.plusDays(20), "responsible", "Phòng Quản lý chuyên ngành", "status", "PROPOSED");
        add(ControlList.LEGAL_DRAFTS, at, "name", "Dự thảo Quyết định quy định quản lý nhiệm vụ khoa học và công "
                + "nghệ cấp tỉnh", "tthcCount", 2L, "impactAssessmentDate", today.minusDays(35), "consultationDate",
                today.minusDays(28), "appraisalDate", today.minusDays(14));
        log.info("Demo control activities for {} written", agency);
    }

    private void add(ControlList list, Instant at, Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        list.fields().forEach(f -> values.put(f.name(), null));
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        Map<String, Object> input = new HashMap<>(values);
        input.put("agencyCode", DemoAgency.CODE.value());
        RecordInput checked = RecordInput.read(list, input); // the demo obeys the same rules as people
        repository.insert(list, checked.agency(), checked.values(), SYSTEM, at);
    }
}
