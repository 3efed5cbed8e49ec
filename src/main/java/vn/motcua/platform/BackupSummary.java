package vn.motcua.platform;

import java.nio.file.Path;
import java.time.Duration;

/** What a backup or a restore ({@link Backups}) did. */
public record BackupSummary(Path directory, String schemaVersion, int tables, long rows, long files, long bytes,
        Duration took) {}
