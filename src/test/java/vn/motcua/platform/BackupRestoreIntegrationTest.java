package vn.motcua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.support.Api;
import vn.motcua.support.Command;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;

/**
 * {@code backup --to=DIR} copies the running system while desks keep registering dossiers and uploading their files;
 * {@code restore --from=DIR} into an empty data directory brings back every dossier and file acknowledged before the
 * backup began, with their audit chains intact; the restored data directory then starts as the server.
 */
@IntegrationTest
class BackupRestoreIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    PlatformProperties platform;

    /** A dossier whose registration and file upload were both acknowledged, and when. */
    private record Acknowledged(String code, String fileKey, long at) {}

    @Test
    void aBackupTakenUnderLoadRestoresEveryAcknowledgedDossierAndFile() throws Exception {
        Path dir = Path.of("target/test-data/backup-" + UUID.randomUUID());
        DossierApi api = new DossierApi(port);
        // received by post, so that the desk's queue of direct intakes other tests look at stays as it was
        Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService desks = Executors.newFixedThreadPool(3);
        List<Future<?>> load = new ArrayList<>();
        for (int desk = 0; desk < 3; desk++) {
            int n = desk;
            load.add(desks.submit(() -> {
                Api officer = api.desk();
                int i = 0;
                while (loading.get()) {
                    Api.Response created = officer.post("/api/v1/dossiers", DossierApi.newDossier(
                            DossierApi.TEN_DAY_PROCEDURE, "POSTAL", true, "Người nộp " + n + "-" + i));
                    assertThat(created.status()).as(created.body()).isEqualTo(201);
                    String code = created.json().get("code").asString();
                    byte[] content = (DossierApi.PDF + "% " + code + " " + UUID.randomUUID() + "\n")
                            .getBytes(StandardCharsets.UTF_8);
                    Api.Response uploaded = officer.upload("/api/v1/dossiers/" + code + "/documents", "1",
                            "don.pdf", content);
                    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
                    acknowledged.put(code, new Acknowledged(code, uploaded.json().get(0).get("fileKey").asString(),
                            System.nanoTime()));
                    i++;
                }
                return null;
            }));
        }
        long waitUntil = System.nanoTime() + 60_000_000_000L;
        while (acknowledged.size() < 6 && System.nanoTime() < waitUntil) {
            Thread.sleep(100);
        }
        long backupStarted = System.nanoTime();
        Command.Result backup = Command.run(dir.resolve("backup-run"), "backup", "--to=" + dir.resolve("backup"),
                "--motcua.data-dir=" + platform.dataDir());
        loading.set(false);
        for (Future<?> desk : load) {
            desk.get();
        }
        desks.shutdown();
        assertThat(backup.exitCode()).as(backup.stderr()).isZero();
        JsonNode summary = JsonMapper.builder().build().readTree(backup.stdout());
        assertThat(summary.get("rows").asLong()).isPositive();
        assertThat(backup.stderr()).contains("Đã sao lưu bảng dossier:");
        List<Acknowledged> before = acknowledged.values().stream().filter(a -> a.at() < backupStarted).toList();
        assertThat(before).as("dossiers acknowledged before the backup began").isNotEmpty();

        Path restored = dir.resolve("restored");
        Command.Result restore = Command.run(dir.resolve("restore-run"), "restore", "--from=" + dir.resolve("backup"),
                "--motcua.data-dir=" + restored);
        assertThat(restore.exitCode()).as(restore.stderr()).isZero();
        assertThat(restore.stderr()).contains("tệp, đều khớp mã băm");

        try (BackupDatabase database = Backups.open(restored, null, null, null)) {
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            List<String> codes = jdbc.sql("SELECT code FROM dossier WHERE code = ANY (:codes)")
                    .param("codes", before.stream().map(Acknowledged::code).toArray(String[]::new))
                    .query(String.class).list();
            assertThat(codes).containsExactlyInAnyOrderElementsOf(before.stream().map(Acknowledged::code).toList());
            for (Acknowledged a : before) {
                Path file = restored.resolve("files").resolve(a.fileKey().substring(0, 2))
                        .resolve(a.fileKey().substring(2, 4)).resolve(a.fileKey());
                assertThat(file).as("file of " + a.code()).exists();
            }
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM dossier_event e
                    LEFT JOIN dossier_event p ON p.dossier_id = e.dossier_id AND p.seq = e.seq - 1
                    WHERE e.hash IS DISTINCT FROM dossier_event_digest(p.hash, e)""").query(Long.class).single())
                    .as("events whose chain link does not match after the restore").isZero();
            long next = jdbc.sql("SELECT nextval('dossier_id_seq')").query(Long.class).single();
            long max = jdbc.sql("SELECT max(id) FROM dossier").query(Long.class).single();
            assertThat(next).as("sequences continue after the restored rows").isGreaterThan(max);
        }

        Command.Result again = Command.run(dir.resolve("again-run"), "restore", "--from=" + dir.resolve("backup"),
                "--motcua.data-dir=" + restored);
        assertThat(again.exitCode()).as("a data directory that has a database is never overwritten").isEqualTo(1);
        assertThat(again.stderr()).contains("chỉ khôi phục vào thư mục dữ liệu trống");
    }

    @Test
    void aDirectoryWithoutManifestIsRefusedAsAnIncompleteBackup() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/test-data/backup-" + UUID.randomUUID()));
        Command.Result restore = Command.run(dir, "restore", "--from=" + dir, "--motcua.data-dir=" + dir.resolve("d"));
        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.stderr()).contains("không phải bản sao lưu hoàn chỉnh");
    }
}
