package vn.motcua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.support.Command;

/**
 * A data directory left by an older version — the first schema that held dossiers (V5), with an agency, an officer
 * and a dossier with its history in it — is migrated by the next start of the application and keeps everything: the
 * rows are there, later columns got their defaults, and the history recorded before the audit trail existed is
 * chained and verifies.
 */
class UpgradeIntegrationTest {

    @Test
    void startingTheCurrentVersionOnAnOldDataDirectoryMigratesItAndKeepsItsDossiers() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/test-data/upgrade-" + UUID.randomUUID()));
        Path data = dir.resolve("data");
        try (BackupDatabase database = Backups.open(data, null, null, null)) {
            Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").target("5")
                    .load().migrate();
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            jdbc.sql("""
                    INSERT INTO agency (code, name, valid_from, created_at)
                    VALUES ('000.00.31.H05', 'Sở Khoa học và Công nghệ (phiên bản cũ)', DATE '2020-01-01', now())
                    """).update();
            jdbc.sql("""
                    INSERT INTO user_account (username, password_hash, full_name, created_at)
                    VALUES ('canbo.cu', '{noop}x', 'Cán bộ phiên bản cũ', now())""").update();
            jdbc.sql("""
                    INSERT INTO dossier (code, agency_code, procedure_code, procedure_version, procedure_name,
                        rule_set, channel, applicant_type, applicant_name, applicant_id_number, lookup_secret,
                        status, submitted_at, received_at, created_by, updated_at)
                    VALUES ('000.00.31.H05-240115-0001', '000.00.31.H05', '1.014390', 1, 'Thủ tục cũ', 'ND61-2018',
                        'DIRECT', 'CITIZEN', 'Lê Thị Cúc', '001085012345', 'abc123', 'RECEIVED',
                        TIMESTAMPTZ '2024-01-15 08:00+07', TIMESTAMPTZ '2024-01-15 08:05+07', 'canbo.cu',
                        TIMESTAMPTZ '2024-01-15 08:05+07')""").update();
            for (int seq = 1; seq <= 3; seq++) {
                jdbc.sql("""
                        INSERT INTO dossier_event (dossier_id, seq, type, at, actor, data)
                        SELECT id, :seq, 'receive', TIMESTAMPTZ '2024-01-15 08:05+07' + make_interval(mins => :seq),
                               'canbo.cu', CAST('{"label":"Tiếp nhận"}' AS jsonb)
                        FROM dossier WHERE code = '000.00.31.H05-240115-0001'""").param("seq", seq).update();
            }
        }

        // the application's own start on that directory (no web port): Spring Boot runs Flyway as the server does
        Path empty = Files.writeString(dir.resolve("empty.ndjson"), "");
        Command.Result start = Command.run(dir.resolve("start"), "import", "dossiers", empty.toString(),
                "--motcua.data-dir=" + data, "--motcua.embedded-db.durable=false");
        assertThat(start.exitCode()).as(start.stderr()).isZero();

        try (BackupDatabase database = Backups.open(data, null, null, null)) {
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            assertThat(jdbc.sql("SELECT max(version) FROM flyway_schema_history WHERE success").query(String.class)
                    .single()).as("migrated past the old schema").isNotEqualTo("5");
            assertThat(jdbc.sql("SELECT applicant_name FROM dossier WHERE code = '000.00.31.H05-240115-0001'")
                    .query(String.class).single()).isEqualTo("Lê Thị Cúc");
            assertThat(jdbc.sql("SELECT full_name FROM user_account WHERE username = 'canbo.cu'").query(String.class)
                    .single()).isEqualTo("Cán bộ phiên bản cũ");
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM dossier_event e
                    LEFT JOIN dossier_event p ON p.dossier_id = e.dossier_id AND p.seq = e.seq - 1
                    WHERE e.hash IS NOT NULL AND e.hash = dossier_event_digest(p.hash, e)""").query(Long.class)
                    .single()).as("old events chained by the audit trail's migration").isEqualTo(3);
        }
    }
}
