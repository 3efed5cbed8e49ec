package vn.motcua.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import vn.motcua.MotcuaApplication;

/**
 * A {@code java -jar motcua.jar …} command run the way an operator runs it: the application's main class in its own
 * JVM (the main classes and dependencies, no test classes), its standard output and error kept in {@code dir}.
 */
public final class Command {

    private Command() {}

    public record Result(int exitCode, String stdout, String stderr) {}

    public static Result run(Path dir, String... args) throws IOException, InterruptedException {
        Process process = start(dir, args);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end within 3 minutes: " + Files.readString(err));
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Starts the command (or the server) and returns at once; its output goes to {@code dir/std{out,err}.txt}. */
    public static Process start(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", applicationClassPath(), MotcuaApplication.class.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(dir);
        return new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    /** This JVM's class path without the test classes (Surefire may hand it over in a manifest-only jar). */
    private static String applicationClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry)) {
                    String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
                    for (String url : classPath.trim().split("\\s+")) {
                        entries.add(url.startsWith("file:") ? Path.of(URI.create(url)).toString()
                                : Path.of(entry).resolveSibling(url).toString());
                    }
                }
            } else {
                entries.add(entry);
            }
        }
        entries.removeIf(entry -> entry.replace('\\', '/').contains("/test-classes"));
        return String.join(File.pathSeparator, entries);
    }
}
