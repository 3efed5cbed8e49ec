package vn.motcua.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.motcua.platform.PlatformProperties;

/** Whether the file store takes files: its directory exists (or can be made) and accepts a new file. */
@Component("fileStorage")
class FileStorageHealth implements HealthIndicator {

    private final Path root;

    FileStorageHealth(PlatformProperties properties) {
        this.root = properties.dataDir().resolve("files");
    }

    @Override
    public Health health() {
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".health-", ".tmp");
            Files.delete(probe);
            return Health.up().withDetail("path", root.toString()).build();
        } catch (IOException | RuntimeException e) {
            return Health.down().withDetail("path", root.toString()).withDetail("error", e.toString()).build();
        }
    }
}
