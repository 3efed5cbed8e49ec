package vn.motcua.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossierimport.DossierImports;

/**
 * The commands of {@code java -jar motcua.jar COMMAND…}; any other arguments start the web application as usual.
 * Options ({@code --motcua.data-dir=…} and every other {@code --name=value}) may stand anywhere and configure the
 * application as they would for the server.
 *
 * <p>{@code import dossiers FILE [--from-line=N]}: imports an NDJSON file of historical dossiers as the system,
 * without opening an HTTP port ({@code server.port=-1}); progress goes to standard error about every 10,000 lines
 * and every few seconds, the JSON summary to standard output. Exit status 0 once the file has been read to the end
 * (refused lines are in the summary), 1 when the file cannot be read or the import stops on an error.
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
        return words.size() >= 2 && (words.get(0).equals("import") && words.get(1).equals("dossiers")
                || words.get(0).equals("stand-in"));
    }

    /** Runs the command named by {@code args} with {@code application} as the Spring Boot application class. */
    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out, System.err);
    }

    static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        CommandLine command = new CommandLine(args);
        if (!command.words.isEmpty() && command.words.get(0).equals("stand-in")) {
            return StandIns.run(command.words, command.options, out, err);
        }
        if (command.words.size() != 3) {
            err.println("Cách dùng: java -jar motcua.jar import dossiers TỆP.ndjson [--from-line=N] "
                    + "[--motcua.data-dir=THƯ_MỤC …]");
            return 1;
        }
        Path file = Path.of(command.words.get(2));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("Không đọc được tệp " + file.toAbsolutePath() + ".");
            return 1;
        }
        int fromLine;
        try {
            fromLine = command.fromLine();
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
                .run(withoutPort(command.options))) {
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

    /** {@code server.port=-1}: Spring Boot creates the web application context but opens no HTTP port. */
    private static String[] withoutPort(List<String> options) {
        List<String> args = new ArrayList<>(options);
        args.removeIf(option -> option.startsWith("--server.port="));
        args.add("--server.port=-1");
        return args.toArray(String[]::new);
    }

    private int fromLine() {
        for (String option : options) {
            if (option.startsWith("--from-line=")) {
                return Math.max(1, Integer.parseInt(option.substring("--from-line=".length()).strip()));
            }
        }
        return 1;
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
