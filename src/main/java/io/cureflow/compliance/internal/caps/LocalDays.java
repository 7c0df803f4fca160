package io.cureflow.compliance.internal.caps;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * The ledger range that holds a window of consumer-local calendar days in every candidate zone. Days are LocalDates
 * in each zone, so a 23- or 25-hour day at a daylight-saving change is still one day.
 */
public final class LocalDays {

    private LocalDays() {
    }

    /** Start of the earliest local day of a window of {@code days} days ending on the day of {@code at}. */
    public static Instant windowStart(Instant at, Collection<ZoneId> zones, int days) {
        return zones.stream()
                .map(zone -> startOf(localDate(at, zone).minusDays(days - 1L), zone))
                .min(Instant::compareTo)
                .orElseThrow();
    }

    /** End (exclusive) of the local day of {@code at}, the latest over the zones. */
    public static Instant windowEnd(Instant at, Collection<ZoneId> zones) {
        return zones.stream()
                .map(zone -> startOf(localDate(at, zone).plusDays(1), zone))
                .max(Instant::compareTo)
                .orElseThrow();
    }

    static LocalDate localDate(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
