package io.cureflow.benchmark;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import static org.awaitility.Awaitility.await;

final class Waiting {

    private Waiting() {
    }

    /**
     * Polls twice a second: the counting query scans the engine's execution table, and polling it faster costs the
     * run under test more than the half second it can round the measured time up by.
     */
    static void until(BooleanSupplier condition, Duration timeout) {
        await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                .until(condition::getAsBoolean);
    }

    static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }
}
