package io.cureflow.benchmark;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import static org.awaitility.Awaitility.await;

final class Waiting {

    private Waiting() {
    }

    /** Polls often enough that the measured time is not rounded up by more than a few tens of milliseconds. */
    static void until(BooleanSupplier condition, Duration timeout) {
        await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
    }

    static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }
}
