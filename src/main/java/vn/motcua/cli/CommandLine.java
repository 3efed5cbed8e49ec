package vn.motcua.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossierimport.DossierImports;
import vn.motcua.platform.BackupDatabase;
import vn.motcua.platform.BackupSummary;
import vn.motcua.platform.Backups;

/**
 * The commands of {@code java -jar motcua.jar COMMAND…}; any other arguments start the web application as usual.
 * Options ({@code --motcua.data-dir=…} and every other {@code --name=value}) may stand anywhere and configure the
 * application as they would for the server.
 *
 * <p>{@code import dossiers FILE [--from-line=N]}: imports an NDJSON file of historical dossiers as the system,
 * without opening an HTTP port ({@code server.port=-1}); progress goes to standard error about every 10,000 lines
 * and every few seconds, the JSON summary to standard output. Exit status 0 once the file has been read to the end
 * (refused lines are in the summary), 1 when the file cannot be read or the import stops on an error.
 *
 * <p>{@code backup --to=DIR} and {@code restore --from=DIR}: see {@link vn.motcua.platform.Backups}.
 *
 * <p>{@code stand-in NAME --port=N} ({@link StandIns}), until the process is stopped:
 * {@code identity [--client-id=… --client-secret=… --provider=vneid|dvcqg]}, the OpenID provider of the national
 * identity ({@link StandInIdentity}) on {@code http://127.0.0.1:N}; {@code national-portal}, the National Public
 * Service Portal (with a small national TTHC database); {@code payment [--host=0.0.0.0] [--partner=MOTCUA] [--secret=…] [--checksum=SHA256|HMAC_SHA256]},
 * the national payment platform; {@code mail} (SMTP on N, {@code GET /received} on N+1), {@code sms} (the SMS
 * brandname gateway) and {@code zalo} (Zalo ZNS), the notification channels.
 */
public final class CommandLine {

    private static final long PROGRESS_LINES = 10_000;
    private static final long PROGRESS_NANOS = 5_000_000_000L;

    private final List<String> words;
    private final List<String> options;

    private CommandLine(String[] args) {
        this.words = new ArrayList<>();
        this.options = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("--") ? options : words).add(arg);
        }
    }

    /** Whether the arguments name a command rather than the web application. */
    public static boolean isCommand(String[] args) {
        List<String> words = new CommandLine(args).words;
        if (words.isEmpty()) {
            return false;
        }
        return switch (words.get(0)) {
            case "import" -> words.size() >= 2 && words.get(1).equals("dossiers");
            case "backup", "restore" -> true;
            case "stand-in" -> words.size() >= 2;
            default -> false;
        };
    }

    /** Runs the command named by {@code args} with {@code application} as the Spring Boot application class. */
    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out, System.err);
    }

    static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        CommandLine command = new CommandLine(args);
        return switch (command.words.get(0)) {
            case "backup" -> command.backup(out, err);
            case "stand-in" -> StandIns.run(command.words, command.options, out, err);
            case "restore" -> command.restore(out, err);
            default -> command.importDossiers(application, out, err);
        };
    }

    /**
     * {@code backup --to=DIR}: a consistent copy of the database and the files of {@code --motcua.data-dir} (or of
     * {@code --spring.datasource.url}), taken while the system runs ({@link Backups}). Exit 0 with the JSON summary on
     * standard output, 1 on an error (the partial directory then has no manifest).
     */
    private int backup(PrintStream out, PrintStream err) {
        String to = option("to", null);
        if (to == null) {
            err.println("Cách dùng: java -jar motcua.jar backup --to=THƯ_MỤC [--motcua.data-dir=THƯ_MỤC …]");
            return 1;
        }
        try (BackupDatabase database = database()) {
            BackupSummary summary = Backups.backup(database.dataSource(), dataDir().resolve("files"), Path.of(to),
                    err::println);
            out.println(summaryJson(summary));
            return 0;
        } catch (RuntimeException e) {
            err.println("Sao lưu thất bại: " + e.getMessage());
            return 1;
        }
    }

    /**
     * {@code restore --from=DIR}: loads a backup into the empty data directory {@code --motcua.data-dir} (or the empty
     * database of {@code --spring.datasource.url}); the next start of the server migrates it to its own version.
     */
    private int restore(PrintStream out, PrintStream err) {
        String from = option("from", null);
        if (from == null) {
            err.println("Cách dùng: java -jar motcua.jar restore --from=THƯ_MỤC [--motcua.data-dir=THƯ_MỤC_TRỐNG …]");
            return 1;
        }
        if (option("spring.datasource.url", null) == null && Files.exists(dataDir().resolve("pgdata"))) {
            err.println("Thư mục dữ liệu " + dataDir().toAbsolutePath() + " đã có cơ sở dữ liệu; chỉ khôi phục vào "
                    + "thư mục dữ liệu trống.");
            return 1;
        }
        try {
            Backups.requireComplete(Path.of(from));
        } catch (IllegalArgumentException e) {
            err.println("Khôi phục thất bại: " + e.getMessage());
            return 1;
        }
        try (BackupDatabase database = database()) {
            BackupSummary summary = Backups.restore(database.dataSource(), Path.of(from),
                    dataDir().resolve("files"), err::println);
            out.println(summaryJson(summary));
            return 0;
        } catch (RuntimeException e) {
            err.println("Khôi phục thất bại: " + e.getMessage());
            return 1;
        }
    }

    private BackupDatabase database() {
        // the embedded server's and Flyway's start-up lines would drown the progress lines on standard error
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        return Backups.open(dataDir(), option("spring.datasource.url", null), option("spring.datasource.username", null),
                option("spring.datasource.password", null));
    }

    private Path dataDir() {
        String dir = option("motcua.data-dir", null);
        return Path.of(dir == null ? "./data" : dir);
    }

    private static String summaryJson(BackupSummary summary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("directory", summary.directory().toAbsolutePath().toString());
        json.put("schemaVersion", summary.schemaVersion());
        json.put("tables", summary.tables());
        json.put("rows", summary.rows());
        json.put("files", summary.files());
        json.put("fileBytes", summary.bytes());
        json.put("seconds", summary.took().toMillis() / 1000.0);
        return JsonMapper.builder().build().writeValueAsString(json);
    }

    private int importDossiers(Class<?> application, PrintStream out, PrintStream err) {
        if (words.size() != 3) {
            err.println("Cách dùng: java -jar motcua.jar import dossiers TỆP.ndjson [--from-line=N] "
                    + "[--motcua.data-dir=THƯ_MỤC …]");
            return 1;
        }
        Path file = Path.of(words.get(2));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("Không đọc được tệp " + file.toAbsolutePath() + ".");
            return 1;
        }
        int fromLine;
        try {
            fromLine = fromLine();
        } catch (NumberFormatException e) {
            err.println("--from-line phải là số dòng (từ 1).");
            return 1;
        }
        PrintStream stdout = System.out;
        // the application logs to the console: keep standard output for the summary
        System.setOut(err);
        // the whole application as the server runs it (same beans, same security), but listening on no port
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run(withoutPort(options))) {
            DossierImports imports = context.getBean(DossierImports.class);
            DossierImports.Run run = imports.start(file.getFileName().toString(), fromLine, DossierImports.SYSTEM);
            ProgressPrinter printer = new ProgressPrinter(err);
            DossierImports.Summary summary;
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                summary = imports.importLines(run.id(), lines, DossierImports.SYSTEM, printer::report);
            } catch (IOException | RuntimeException e) {
                err.println("Nhập hồ sơ dừng do lỗi: " + e.getMessage());
                return 1;
            }
            out.println(context.getBean(JsonMapper.class).writeValueAsString(summary));
            return 0;
        } finally {
            System.setOut(stdout);
        }
    }

    /** The value of {@code --name=…} (the last one given), or {@code fallback}. */
    private String option(String name, String fallback) {
        return StandIns.option(options, name, fallback);
    }

    /** {@code server.port=-1}: Spring Boot creates the web application context but opens no HTTP port. */
    private static String[] withoutPort(List<String> options) {
        List<String> args = new ArrayList<>(options);
        args.removeIf(option -> option.startsWith("--server.port="));
        args.add("--server.port=-1");
        return args.toArray(String[]::new);
    }

    private int fromLine() {
        String line = option("from-line", null);
        return line == null ? 1 : Math.max(1, Integer.parseInt(line));
    }

    /** "Đã xử lý 120.000 dòng: nhận 119.990, không đổi 0, từ chối 10": every 10,000 lines or few seconds, and last. */
    private static final class ProgressPrinter {
        private final PrintStream err;
        private long printedLines;
        private long printedAt = System.nanoTime();

        ProgressPrinter(PrintStream err) {
            this.err = err;
        }

        void report(DossierImports.Run run) {
            long now = System.nanoTime();
            if (run.status() != DossierImports.Status.RUNNING
                    || run.linesRead() / PROGRESS_LINES > printedLines / PROGRESS_LINES
                    || now - printedAt > PROGRESS_NANOS) {
                print(run.linesRead(), run.accepted(), run.unchanged(), run.refused());
                printedLines = run.linesRead();
                printedAt = now;
            }
        }

        private void print(long lines, long accepted, long unchanged, long refused) {
            err.println("Đã xử lý " + count(lines) + " dòng: nhận " + count(accepted) + ", không đổi "
                    + count(unchanged) + ", từ chối " + count(refused));
        }

        private static String count(long n) {
            return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
        }
    }
}
