package vn.motcua.platform.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.platform.JobHandler;

/**
 * This instance's job workers: threads that run due jobs until none is left, then wait for a wake-up from a commit
 * here or for the poll interval (jobs enqueued by other instances). Started after the application context is ready,
 * stopped before the database goes.
 */
@Component
class JobWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JobHandler> handlers;
    private final JobSignal signal;
    private final JobProperties properties;
    private final Clock clock;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    JobWorkers(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<JobHandler> handlers,
            JobSignal signal, JobProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.handlers = handlers;
        this.signal = signal;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        JobRunner runner = new JobRunner(jdbc, transactions, handlers.orderedStream().toList(), clock,
                properties.maxAttempts());
        running = true;
        for (int i = 1; i <= properties.workers(); i++) {
            Thread thread = new Thread(() -> work(runner), "job-worker-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    private void work(JobRunner runner) {
        while (running) {
            try {
                if (!runner.runOne()) {
                    signal.await(properties.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Job worker could not reach the job queue; trying again", e);
                try {
                    Thread.sleep(properties.pollInterval().toMillis());
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        threads.forEach(thread -> signal.wake());
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
                thread.interrupt();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
