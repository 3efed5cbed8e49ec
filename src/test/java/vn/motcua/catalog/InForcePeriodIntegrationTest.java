package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.support.IntegrationTest;

/**
 * The stored period {@code [effective_on, superseded_on)} (V4_2, kept by triggers) selects exactly the versions
 * that the rule "its date has come and no higher version's has" selects, on every day, including versions
 * written out of date order and a draft published after a higher version.
 */
@IntegrationTest
class InForcePeriodIntegrationTest {

    private static final LocalDate D = LocalDate.of(2030, 1, 1);

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStoredPeriodAgreesWithTheRuleOnEveryDay() {
        String agency = "TEST.PERIOD." + System.nanoTime();
        long procedure = jdbc.sql("""
                INSERT INTO catalog_procedure (agency_code, code, created_at) VALUES (:agency, '9.000001', :now)
                RETURNING id""").param("agency", agency).param("now", Timestamp.from(Instant.EPOCH))
                .query(Long.class).single();
        insert(procedure, agency, 1, "IMPORT", D);
        insert(procedure, agency, 2, "DRAFT", null);
        insert(procedure, agency, 3, "IMPORT", D.plusDays(30));
        insert(procedure, agency, 4, "IMPORT", D.plusDays(10)); // a higher version with an earlier date
        assertThat(inForceByPeriod(procedure, D.plusDays(5))).containsExactly(1);
        // the draft is published after versions 3 and 4 were written
        jdbc.sql("UPDATE catalog_version SET source = 'IMPORT', effective_on = :day WHERE procedure_id = :id AND version = 2")
                .param("day", D.plusDays(5)).param("id", procedure).update();

        for (LocalDate day = D.minusDays(1); day.isBefore(D.plusDays(40)); day = day.plusDays(1)) {
            assertThat(inForceByPeriod(procedure, day)).as("on %s", day).isEqualTo(inForceByRule(procedure, day));
        }
        assertThat(inForceByPeriod(procedure, D.minusDays(1))).isEmpty();
        assertThat(inForceByPeriod(procedure, D.plusDays(4))).containsExactly(1);
        assertThat(inForceByPeriod(procedure, D.plusDays(5))).containsExactly(2);
        assertThat(inForceByPeriod(procedure, D.plusDays(10))).containsExactly(4);
        assertThat(inForceByPeriod(procedure, D.plusDays(35))).as("version 3 is never in force").containsExactly(4);
    }

    private void insert(long procedure, String agency, int version, String source, LocalDate effectiveOn) {
        jdbc.sql("""
                INSERT INTO catalog_version (procedure_id, agency_code, code, version, status, change_kind, source,
                                             effective_on, name, content, created_at, created_by)
                VALUES (:procedure, :agency, '9.000001', :version, 'ACTIVE', 'NEW', :source,
                        :effectiveOn, 'Thủ tục thử nghiệm', '{}', :now, 'test')
                """).param("procedure", procedure).param("agency", agency).param("version", version)
                .param("source", source).param("effectiveOn", effectiveOn, java.sql.Types.DATE)
                .param("now", Timestamp.from(Instant.EPOCH)).update();
    }

    private List<Integer> inForceByPeriod(long procedure, LocalDate day) {
        return jdbc.sql("""
                SELECT version FROM catalog_version v
                WHERE v.procedure_id = :id AND v.effective_on <= :day
                  AND (v.superseded_on IS NULL OR v.superseded_on > :day)
                ORDER BY version""").param("id", procedure).param("day", day).query(Integer.class).list();
    }

    private List<Integer> inForceByRule(long procedure, LocalDate day) {
        return jdbc.sql("""
                SELECT version FROM catalog_version v
                WHERE v.procedure_id = :id AND v.effective_on <= :day
                  AND NOT EXISTS (SELECT 1 FROM catalog_version later
                                  WHERE later.procedure_id = v.procedure_id AND later.version > v.version
                                    AND later.effective_on <= :day)
                ORDER BY version""").param("id", procedure).param("day", day).query(Integer.class).list();
    }
}
