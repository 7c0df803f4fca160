package io.cureflow.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Today's date and day boundaries in the business zone, from the application clock. */
@Component
public class BusinessCalendar {

    private final Clock clock;
    private final AccountProperties properties;

    BusinessCalendar(Clock clock, AccountProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.businessZone());
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(properties.businessZone()).toInstant();
    }
}
