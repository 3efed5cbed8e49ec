package vn.motcua.platform.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Wakes this instance's idle job workers when a transaction that enqueued a job commits. */
@Component
class JobSignal {

    private final Semaphore permits = new Semaphore(0);

    void wake() {
        permits.release();
    }

    /** Waits until woken or until {@code timeout} passes. */
    void await(Duration timeout) throws InterruptedException {
        if (permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            permits.drainPermits();
        }
    }
}
