package vn.motcua.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The receipt of {@link FormRenderingBenchmark}, timed in CPU time of the rendering thread rather than wall time, so
 * that runs on a shared machine compare: 6 warm-up rounds of 300 receipts, then 8 rounds of 400, each printed.
 * Run: {@code java -cp bench/target/benchmarks.jar vn.motcua.bench.FormRenderingCpuTime}
 */
public final class FormRenderingCpuTime {

    private FormRenderingCpuTime() {
    }

    public static void main(String[] args) {
        FormRenderingBenchmark benchmark = new FormRenderingBenchmark();
        benchmark.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bytes = 0;
        int receipts = 0;
        for (int round = 0; round < 14; round++) {
            boolean warmUp = round < 6;
            int n = warmUp ? 300 : 400;
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < n; i++) {
                bytes += benchmark.receipt().length;
            }
            receipts += n;
            System.out.printf("%s round %d: cpu %.3f ms/op, wall %.3f ms/op%n", warmUp ? "warm-up" : "measure", round,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n, (System.nanoTime() - wall) / 1e6 / n);
        }
        System.out.printf("%d bytes per receipt on average%n", bytes / receipts);
    }
}
