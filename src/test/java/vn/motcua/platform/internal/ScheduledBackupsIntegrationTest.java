package vn.motcua.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.platform.PlatformProperties;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;

/** The scheduled backup writes a complete, time-named backup each run and keeps only the newest ones. */
@IntegrationTest
class ScheduledBackupsIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    PlatformProperties platform;
    @Autowired
    MutableClock clock;

    @Test
    void eachRunWritesACompleteBackupAndOnlyTheNewestAreKept() throws Exception {
        Path dir = Path.of("target/test-data/scheduled-" + UUID.randomUUID());
        ScheduledBackups backups = new ScheduledBackups(dir.toString(), 2, dataSource, jdbc, tx, platform, clock);

        for (int run = 0; run < 3; run++) {
            backups.backUp();
            clock.advance(Duration.ofHours(24));
        }

        try (Stream<Path> kept = Files.list(dir)) {
            assertThat(kept.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("motcua-20260303-090000", "motcua-20260304-090000");
        }
        assertThat(dir.resolve("motcua-20260304-090000").resolve("manifest.json")).isRegularFile();
    }
}
