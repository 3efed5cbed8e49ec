package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time used by the parts of a run, read from Linux's {@code /proc}: the application's JVMs, the PostgreSQL server
 * (the postmaster, its live backends and workers, and the backends that have exited, which the postmaster has reaped),
 * and this driver. It says what one transition costs each part, and so where the ceiling of a rate is.
 */
final class CpuTime {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ): 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final List<Long> apps;
    private final long postmaster;

    private CpuTime(List<Long> apps, long postmaster) {
        this.apps = apps;
        this.postmaster = postmaster;
    }

    /**
     * The server at {@code jdbcUrl}, found by its {@code postmaster.pid}, and the applications' processes by pid (this
     * one, when the application runs in the driver's JVM).
     */
    static CpuTime of(String jdbcUrl, List<Long> apps) throws SQLException, IOException {
        String dataDirectory;
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("SELECT current_setting('data_directory')")) {
            rs.next();
            dataDirectory = rs.getString(1);
        }
        long postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).strip());
        return new CpuTime(apps, postmaster);
    }

    /** Seconds of CPU used so far by each part, and by each of the applications' threads. */
    Sample sample() throws IOException {
        double app = 0;
        Map<String, AppThread> threads = new TreeMap<>();
        for (long pid : apps) {
            app += ticks(pid, false);
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path task : tasks) {
                    AppThread thread = thread(task);
                    if (thread != null) {
                        threads.put(pid + "/" + task.getFileName(), thread);
                    }
                }
            } catch (IOException gone) {
                // an application that has stopped uses no more
            }
        }
        // the live backends first, then the postmaster with those it has reaped: one that exits in between is
        // counted twice for an instant rather than lost
        double postgres = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                long[] stat = stat(Long.parseLong(process.getFileName().toString()));
                if (stat != null && stat[0] == postmaster) {
                    postgres += stat[1] + stat[2];
                }
            }
        }
        postgres += ticks(postmaster, true);
        return new Sample(app / TICKS_PER_SECOND, postgres / TICKS_PER_SECOND,
                ticks(ProcessHandle.current().pid(), false) / TICKS_PER_SECOND, threads);
    }

    /** A thread of an application, from its {@code /proc} task directory; null if it has ended. */
    private static AppThread thread(Path task) {
        long[] stat = stat(task.resolve("stat"));
        try {
            return stat == null ? null : new AppThread(group(Files.readString(task.resolve("comm")).strip()),
                    (stat[1] + stat[2]) / TICKS_PER_SECOND);
        } catch (IOException ended) {
            return null;
        }
    }

    /**
     * A thread's group by its name (the kernel keeps 15 characters of the JVM's name for it). The drivers name their
     * own client threads {@code client-}; threads of unnamed executors are "other".
     */
    static String group(String name) {
        if (name.startsWith("http-nio")) {
            return "requests";
        } else if (name.startsWith("job-worker")) {
            return "job workers";
        } else if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "JIT";
        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
            return "GC and VM";
        } else if (name.startsWith("national-portal") || name.startsWith("HttpClient")) {
            return "portal stand-in and client";
        } else if (name.startsWith("client-")) {
            return "driver's clients";
        }
        return "other";
    }

    /** One thread of an application: its group and its CPU seconds. */
    record AppThread(String group, double seconds) {}

    /**
     * CPU seconds of the applications, the database server and the driver, and of the applications' threads by
     * process and thread id.
     */
    record Sample(double app, double postgres, double driver, Map<String, AppThread> threads) {

        /** What was used since {@code earlier}; of the threads, those still running (a new one counts whole). */
        Sample since(Sample earlier) {
            Map<String, AppThread> used = new TreeMap<>();
            threads.forEach((id, thread) -> {
                AppThread before = earlier.threads.get(id);
                used.put(id, new AppThread(thread.group, thread.seconds - (before == null ? 0 : before.seconds)));
            });
            return new Sample(app - earlier.app, postgres - earlier.postgres, driver - earlier.driver, used);
        }

        /**
         * Milliseconds of CPU of each part per unit of work (a transition, a transaction), and of the application's
         * thread groups. A thread that ended between the samples counts in the total only: the difference is shown
         * as the threads that ended meanwhile (a compiler thread the JVM let go, an idle pool's worker).
         */
        String perUnit(int units, String unit) {
            return inProcess(units, unit) + ", driver %.2f ms".formatted(1000 * driver / units);
        }

        /** As {@link #perUnit}, without the driver's figure: for an application running in the driver's JVM. */
        String inProcess(int units, String unit) {
            Map<String, Double> shown = new TreeMap<>();
            threads.values().forEach(thread -> shown.merge(thread.group, thread.seconds, Double::sum));
            double running = threads.values().stream().mapToDouble(AppThread::seconds).sum();
            shown.put("threads ended meanwhile", app - running);
            StringBuilder groups = new StringBuilder();
            shown.forEach((group, seconds) -> {
                if (1000 * seconds / units >= 0.005) {
                    groups.append(groups.isEmpty() ? "" : ", ")
                            .append("%s %.2f".formatted(group, 1000 * seconds / units));
                }
            });
            return "CPU per %s: application %.2f ms (%s), PostgreSQL %.2f ms".formatted(unit, 1000 * app / units,
                    groups, 1000 * postgres / units);
        }
    }

    /** User and system ticks of the process, with those of its reaped children when asked. */
    private static long ticks(long pid, boolean withReapedChildren) {
        long[] stat = stat(pid);
        if (stat == null) {
            return 0;
        }
        return stat[1] + stat[2] + (withReapedChildren ? stat[3] + stat[4] : 0);
    }

    private static long[] stat(long pid) {
        return stat(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** Parent pid, utime, stime, cutime, cstime of a process's or thread's stat file; null if it is gone. */
    private static long[] stat(Path file) {
        String line;
        try {
            line = Files.readString(file);
        } catch (IOException gone) {
            return null;
        }
        // the command name, in parentheses, may hold spaces: the fields after it start with the state (field 3)
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                Long.parseLong(fields[13]), Long.parseLong(fields[14])};
    }
}
