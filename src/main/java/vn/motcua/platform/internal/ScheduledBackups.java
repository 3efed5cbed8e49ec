package vn.motcua.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.platform.BackupSummary;
import vn.motcua.platform.PlatformProperties;

/**
 * The scheduled backup option: with {@code motcua.backup.dir} and {@code motcua.backup.cron} set (e.g.
 * {@code 0 0 1 * * *}, 01:00 every night, Vietnam time), one instance — whichever takes the lock — writes
 * {@code motcua-yyyyMMdd-HHmmss/} under the directory and keeps the newest {@code motcua.backup.keep} (7) complete
 * backups.
 */
@Component
class ScheduledBackups {

    private static final long LOCK = 7368003L;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'motcua-'yyyyMMdd-HHmmss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);

    private final String dir;
    private final int keep;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Path files;
    private final Clock clock;

    ScheduledBackups(@Value("${motcua.backup.dir:}") String dir, @Value("${motcua.backup.keep:7}") int keep,
            DataSource dataSource, JdbcClient jdbc, TransactionTemplate tx, PlatformProperties platform,
            Clock clock) {
        this.dir = dir.strip();
        this.keep = Math.max(1, keep);
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tx = tx;
        this.files = platform.dataDir().resolve("files");
        this.clock = clock;
    }

    @Scheduled(cron = "${motcua.backup.cron:-}", zone = "Asia/Ho_Chi_Minh")
    void backUp() {
        if (dir.isEmpty()) {
            log.warn("motcua.backup.cron is set but motcua.backup.dir is not: no backup taken");
            return;
        }
        tx.executeWithoutResult(status -> {
            if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class)
                    .single()) {
                return; // another instance is taking this backup
            }
            Path target = Path.of(dir).resolve(NAME.format(clock.instant()));
            BackupSummary summary = BackupArchive.write(dataSource, files, target, log::debug);
            log.info("Scheduled backup {}: {} tables, {} rows, {} files in {}", target, summary.tables(),
                    summary.rows(), summary.files(), summary.took());
            prune();
        });
    }

    /** Removes complete backups beyond the newest {@code keep}; incomplete ones are left for a person to see. */
    private void prune() {
        try (Stream<Path> entries = Files.list(Path.of(dir))) {
            List<Path> complete = entries.filter(p -> p.getFileName().toString().startsWith("motcua-"))
                    .filter(p -> Files.isRegularFile(p.resolve("manifest.json")))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
            for (Path old : complete.subList(Math.min(keep, complete.size()), complete.size())) {
                try (Stream<Path> tree = Files.walk(old)) {
                    for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không dọn được các bản sao lưu cũ trong " + dir, e);
        }
    }
}
