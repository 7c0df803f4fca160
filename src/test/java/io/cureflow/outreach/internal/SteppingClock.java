package io.cureflow.outreach.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves one minute forward every time it is read, so that each stored row has its own moment. */
final class SteppingClock extends Clock {

    private final AtomicReference<Instant> now;

    SteppingClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant instant() {
        return now.getAndUpdate(instant -> instant.plus(Duration.ofMinutes(1)));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
