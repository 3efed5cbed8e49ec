package vn.motcua.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ImportSummary;
import vn.motcua.catalog.InternalProcedurePlan;
import vn.motcua.catalog.InternalStep;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.SearchQuery;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeLimitUnit;

/**
 * Demo data (after identity's demo agency, order 10, and the calendar, order 5): the bundled catalog of a
 * Department of Science and Technology (27 current and 23 abolished procedures) in the demo agency, the published
 * content found for its current procedures (a new version of each procedure it changes), and a sample
 * internal procedure for each current procedure whose time limit is in working days. Idempotent.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "motcua.demo", havingValue = "true")
class CatalogDemoData implements ApplicationRunner {

    static final String BUNDLED = "catalog/so-khcn-2025.json";
    /** The published content of the 27 current procedures (steps, components, …), imported as their next version. */
    static final String BUNDLED_CONTENT = "catalog/so-khcn-2025-content.json";
    private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);
    private static final String SYSTEM = CatalogAccess.SYSTEM;

    private final Catalog catalog;
    private final AgencyDirectory agencies;

    CatalogDemoData(Catalog catalog, AgencyDirectory agencies) {
        this.catalog = catalog;
        this.agencies = agencies;
    }

    @Override
    public void run(ApplicationArguments args) {
        String agency = agencies.demoAgency();
        ImportSummary summary = catalog.importCatalog(agency, bundled(), SYSTEM);
        log.info("Demo catalog for {}: {} created, {} updated, {} unchanged, {} refused", agency, summary.created(),
                summary.updated(), summary.unchanged(), summary.refused().size());
        var page = catalog.search(new SearchQuery(agency, null, null, null, ProcedureStatus.ACTIVE, null, false, 0,
                SearchQuery.MAX_SIZE));
        for (ProcedureSummary procedure : page.items()) {
            TimeLimit limit = procedure.timeLimit();
            if (limit == null || limit.unit() != TimeLimitUnit.WORKING_DAY || limit.amount() == null) {
                continue;
            }
            ProcedureVersion current = catalog.current(agency, procedure.code());
            if (catalog.internalProcedure(agency, procedure.code(), current.version()).isEmpty()) {
                catalog.saveInternalProcedure(agency, procedure.code(), current.version(),
                        samplePlan(limit.amount()), SYSTEM);
            }
        }
        // after the sample internal procedures, which the new versions carry over
        ImportSummary content = catalog.importContent(agency, resource(BUNDLED_CONTENT), SYSTEM);
        log.info("Demo procedure content for {}: {} new versions, {} unchanged, {} refused", agency, content.updated(),
                content.unchanged(), content.refused().size());
    }

    static byte[] bundled() {
        return resource(BUNDLED);
    }

    static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The usual steps of a Sở (receive, assign, appraise, review, sign, issue), fitting {@code days} exactly. */
    static InternalProcedurePlan samplePlan(BigDecimal days) {
        BigDecimal half = new BigDecimal("0.5");
        List<InternalStep> steps = new ArrayList<>();
        if (days.compareTo(BigDecimal.valueOf(3)) < 0) {
            BigDecimal quarter = days.divide(BigDecimal.valueOf(4));
            steps.add(step("Bộ phận Một cửa", "Tiếp nhận, kiểm tra, chuyển hồ sơ", quarter));
            steps.add(step("Phòng chuyên môn", "Thẩm định, trình ký và trả kết quả", days.subtract(quarter)));
        } else {
            steps.add(step("Bộ phận Một cửa", "Tiếp nhận, kiểm tra và chuyển hồ sơ", half));
            steps.add(step("Trưởng phòng chuyên môn", "Phân công xử lý", half));
            steps.add(step("Chuyên viên phòng chuyên môn", "Thẩm định hồ sơ, dự thảo kết quả",
                    days.subtract(BigDecimal.valueOf(2.5))));
            steps.add(step("Trưởng phòng chuyên môn", "Xem xét, trình lãnh đạo Sở", half));
            steps.add(step("Lãnh đạo Sở", "Phê duyệt, ký kết quả", half));
            steps.add(step("Văn thư", "Vào số, đóng dấu, chuyển kết quả cho Bộ phận Một cửa", half));
        }
        return new InternalProcedurePlan(steps, null, "Mẫu minh họa (dữ liệu demo)");
    }

    private static InternalStep step(String responsible, String action, BigDecimal days) {
        return new InternalStep(null, responsible, action, days, TimeLimitUnit.WORKING_DAY);
    }
}
