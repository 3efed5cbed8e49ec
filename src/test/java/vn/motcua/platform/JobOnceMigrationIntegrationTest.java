package vn.motcua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database whose daily runs were claimed in their modules' own tables (before V9_13) keeps those claims in
 * {@code job_once} after the upgrade, under the kinds and day keys the modules now claim with, so no day that was
 * queued before is queued again; the payment reconciliations' record stays.
 */
class JobOnceMigrationIntegrationTest {

    @Test
    void theDailyClaimsOfTheOldTablesAreCarriedIntoJobOnceAndTheClaimOnlyTablesGo() throws Exception {
        Path data = Files.createDirectories(Path.of("target/test-data/job-once-" + UUID.randomUUID()));
        try (BackupDatabase database = Backups.open(data, null, null, null)) {
            Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").target("9.12")
                    .load().migrate();
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            jdbc.sql("""
                    INSERT INTO integration_daily_run (kind, day, queued_at) VALUES
                        ('national-catalog-pull', DATE '2026-12-05', TIMESTAMPTZ '2026-12-05 02:03+07'),
                        ('portal-reconciliation', DATE '2026-12-05', TIMESTAMPTZ '2026-12-05 02:03+07'),
                        ('national-catalog-pull', DATE '2026-12-06', TIMESTAMPTZ '2026-12-06 02:01+07')""").update();
            jdbc.sql("""
                    INSERT INTO notification_digest (day, claimed_at, officers)
                    VALUES (DATE '2026-12-04', TIMESTAMPTZ '2026-12-04 07:00+07', 3)""").update();
            jdbc.sql("""
                    INSERT INTO payment_reconciliation (day, requested_at, finished_at, listed, settled, mismatches)
                    VALUES (DATE '2026-12-04', TIMESTAMPTZ '2026-12-05 00:02+07', TIMESTAMPTZ '2026-12-05 00:03+07',
                            4, 4, ''),
                           (DATE '2026-12-05', TIMESTAMPTZ '2026-12-06 00:02+07', NULL, NULL, NULL, NULL)""")
                    .update();

            Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").load().migrate();

            assertThat(jdbc.sql("SELECT kind || ' ' || key FROM job_once ORDER BY kind, key").query(String.class)
                    .list()).containsExactlyInAnyOrder(
                            "integration.national-catalog.pull 2026-12-05",
                            "integration.national-catalog.pull 2026-12-06",
                            "integration.portal.reconcile 2026-12-05",
                            "notification.digest.day 2026-12-04",
                            "payment.reconcile 2026-12-04",
                            "payment.reconcile 2026-12-05");
            assertThat(jdbc.sql("""
                    SELECT queued_at = TIMESTAMPTZ '2026-12-06 02:01+07' FROM job_once
                    WHERE kind = 'integration.national-catalog.pull' AND key = '2026-12-06'""").query(Boolean.class)
                    .single()).as("the time it was queued").isTrue();
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM pg_tables
                    WHERE tablename IN ('integration_daily_run', 'notification_digest', 'payment_reconciliation')""")
                    .query(Long.class).single()).as("only the reconciliations' record stays").isOne();
            assertThat(jdbc.sql("SELECT listed FROM payment_reconciliation WHERE finished_at IS NOT NULL")
                    .query(Integer.class).list()).isEqualTo(List.of(4));
        }
    }
}
