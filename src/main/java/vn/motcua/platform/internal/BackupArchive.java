package vn.motcua.platform.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.platform.BackupSummary;

/**
 * The backup directory's format ({@link vn.motcua.platform.Backups}): every table copied with PostgreSQL's {@code COPY} inside one
 * repeatable-read, read-only transaction (one snapshot of the whole database), gzip-compressed; the sequences read
 * after the rows, so that each is at least as far as the rows copied; the files after the database, so that every
 * file a copied row names is there (files are written before the row that names them commits, and never removed).
 */
public final class BackupArchive {

    static final String FORMAT = "motcua-backup/1";
    private static final String MANIFEST = "manifest.json";
    /** Rebuilt by the restore's migration, or not worth keeping: sign-in sessions and rate-limit buckets. */
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "spring_session",
            "spring_session_attributes", "rate_limit_bucket");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupArchive() {}

    /** One table of the backup: its columns in the order of its copy file. */
    record Table(String name, List<String> columns, long rows) {}

    /** A sequence's position when the backup was taken. */
    record Sequence(String name, long lastValue, boolean called) {}

    /** The backup's {@code manifest.json}. */
    record Manifest(String format, Instant createdAt, String schemaVersion, List<Table> tables,
            List<Sequence> sequences, long files, long fileBytes) {}

    public static BackupSummary write(DataSource database, Path filesDir, Path target, Consumer<String> progress) {
        long started = System.nanoTime();
        try {
            if (Files.exists(target) && !isEmptyDirectory(target)) {
                throw new IllegalArgumentException("Thư mục sao lưu phải trống hoặc chưa có: " + target);
            }
            Files.createDirectories(target.resolve("db"));
            List<Table> tables = new ArrayList<>();
            List<Sequence> sequences = new ArrayList<>();
            String version;
            try (Connection connection = database.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                version = schemaVersion(connection);
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tableNames(connection)) {
                    List<String> columns = columns(connection, table);
                    try (OutputStream out = gzip(target.resolve("db").resolve(table + ".copy.gz"))) {
                        long rows = copy.copyOut("COPY " + quote(table) + " (" + columnList(columns)
                                + ") TO STDOUT", out);
                        tables.add(new Table(table, columns, rows));
                        progress.accept("Đã sao lưu bảng " + table + ": " + count(rows) + " dòng");
                    }
                }
                sequences.addAll(sequences(connection));
                connection.commit();
            }
            long[] copied = copyFiles(filesDir, target.resolve("files"), false);
            progress.accept("Đã sao lưu " + count(copied[0]) + " tệp (" + count(copied[1]) + " byte)");
            Manifest manifest = new Manifest(FORMAT, Instant.now(), version, tables, sequences, copied[0],
                    copied[1]);
            Path temporary = target.resolve(MANIFEST + ".part");
            Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
            Files.move(temporary, target.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
            return summary(target, manifest, started);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được bản sao lưu vào " + target, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Sao lưu cơ sở dữ liệu thất bại: " + e.getMessage(), e);
        }
    }

    public static BackupSummary read(DataSource database, Path source, Path filesDir, Consumer<String> progress) {
        long started = System.nanoTime();
        requireComplete(source);
        Path manifestFile = source.resolve(MANIFEST);
        try {
            Manifest manifest = JSON.readValue(Files.readString(manifestFile), Manifest.class);
            if (!FORMAT.equals(manifest.format())) {
                throw new IllegalArgumentException("Định dạng sao lưu không hỗ trợ: " + manifest.format());
            }
            if (Files.isDirectory(filesDir) && !isEmptyDirectory(filesDir)) {
                throw new IllegalArgumentException("Thư mục tệp phải trống khi khôi phục: " + filesDir);
            }
            try (Connection connection = database.getConnection()) {
                if (schemaVersion(connection) != null) {
                    throw new IllegalArgumentException("Cơ sở dữ liệu đích đã có dữ liệu motcua; chỉ khôi phục vào "
                            + "cơ sở dữ liệu trống.");
                }
            }
            Flyway.configure().dataSource(database).locations("classpath:db/migration")
                    .target(manifest.schemaVersion()).load().migrate();
            progress.accept("Đã tạo lược đồ phiên bản " + manifest.schemaVersion());
            long rows = 0;
            try (Connection connection = database.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    // rows go back as they were: no trigger (append-only, chains, counters) and no key check fires
                    statement.execute("SET LOCAL session_replication_role = replica");
                    statement.execute("TRUNCATE " + String.join(", ",
                            manifest.tables().stream().map(t -> quote(t.name())).toList()));
                }
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (Table table : manifest.tables()) {
                    try (InputStream in = new GZIPInputStream(new BufferedInputStream(
                            Files.newInputStream(source.resolve("db").resolve(table.name() + ".copy.gz"))), 65536)) {
                        long loaded = copy.copyIn("COPY " + quote(table.name()) + " (" + columnList(table.columns())
                                + ") FROM STDIN", in);
                        if (loaded != table.rows()) {
                            throw new IllegalStateException("Bảng " + table.name() + ": bản sao lưu ghi " + table.rows()
                                    + " dòng nhưng tệp có " + loaded);
                        }
                        rows += loaded;
                        progress.accept("Đã khôi phục bảng " + table.name() + ": " + count(loaded) + " dòng");
                    }
                }
                for (Sequence sequence : manifest.sequences()) {
                    try (PreparedStatement statement = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                        statement.setString(1, quote(sequence.name()));
                        statement.setLong(2, sequence.lastValue());
                        statement.setBoolean(3, sequence.called());
                        statement.execute();
                    }
                }
                connection.commit();
            }
            long[] copied = copyFiles(source.resolve("files"), filesDir, true);
            progress.accept("Đã khôi phục " + count(copied[0]) + " tệp, đều khớp mã băm");
            return new BackupSummary(source, manifest.schemaVersion(), manifest.tables().size(), rows, copied[0],
                    copied[1], Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được bản sao lưu " + source, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Khôi phục cơ sở dữ liệu thất bại: " + e.getMessage(), e);
        }
    }

    /** Refuses a directory without a manifest: not a backup, or one that did not finish. */
    public static void requireComplete(Path source) {
        if (!Files.isRegularFile(source.resolve(MANIFEST))) {
            throw new IllegalArgumentException("Không có " + MANIFEST + " trong " + source
                    + ": đây không phải bản sao lưu hoàn chỉnh.");
        }
    }

    private static BackupSummary summary(Path target, Manifest manifest, long started) {
        return new BackupSummary(target, manifest.schemaVersion(), manifest.tables().size(),
                manifest.tables().stream().mapToLong(Table::rows).sum(), manifest.files(), manifest.fileBytes(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The last migration applied, or {@code null} when the database holds no motcua schema. */
    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return null;
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL
                        ORDER BY installed_rank DESC LIMIT 1""")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename""")) {
            while (rs.next()) {
                if (!SKIPPED.contains(rs.getString(1).toLowerCase(Locale.ROOT))) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = ? AND is_generated = 'NEVER'
                ORDER BY ordinal_position""")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    private static List<Sequence> sequences(Connection connection) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        SELECT sequencename, coalesce(last_value, start_value), last_value IS NOT NULL
                        FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename""")) {
            while (rs.next()) {
                sequences.add(new Sequence(rs.getString(1), rs.getLong(2), rs.getBoolean(3)));
            }
        }
        return sequences;
    }

    /**
     * Copies the file tree {@code from} into {@code to} (temporary {@code .part} files left out); with
     * {@code verify}, each file's SHA-256 must be its name. Returns the number of files and of bytes.
     */
    private static long[] copyFiles(Path from, Path to, boolean verify) throws IOException {
        long[] copied = {0, 0};
        if (!Files.isDirectory(from)) {
            return copied;
        }
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && !file.getFileName().toString().endsWith(".part")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // an upload's temporary file, moved into place meanwhile
                }
                throw e;
            }
        });
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            MessageDigest sha256 = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
                copied[1] += Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            String name = file.getFileName().toString();
            if (verify && name.matches("[0-9a-f]{64}") && !HexFormat.of().formatHex(sha256.digest()).equals(name)) {
                throw new IllegalStateException("Tệp " + file + " trong bản sao lưu đã bị hỏng (mã băm không khớp)");
            }
            copied[0]++;
        }
        return copied;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OutputStream gzip(Path file) throws IOException {
        return new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 65536), 65536) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(BackupArchive::quote).toList());
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }
}
