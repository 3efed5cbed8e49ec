package vn.motcua.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts the shared {@link MutableClock} back to {@link TestClockConfiguration#START} after each integration test, so
 * a test that moves time never moves it for the tests that run after it in the same application.
 */
public final class ClockReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(MutableClock.class).set(TestClockConfiguration.START);
    }
}
