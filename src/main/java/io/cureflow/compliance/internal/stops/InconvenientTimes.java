package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.ContactRestriction;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The times a consumer designated as inconvenient, read in every zone where the consumer might be. A window runs
 * from {@code from} (inclusive) to {@code until} (exclusive) local time on its days; an {@code until} before
 * {@code from} runs past midnight into the next day. Local dates, never 24-hour arithmetic, so daylight-saving days
 * keep their local hours.
 */
final class InconvenientTimes {

    /** A week and a day: if no free instant appears in that span, only an expiry can free one. */
    private static final int SEARCH_DAYS = 8;

    private final List<ContactRestriction> windows;

    InconvenientTimes(List<ContactRestriction> windows) {
        this.windows = List.copyOf(windows);
    }

    boolean blocks(Instant instant, Collection<ZoneId> zones) {
        return windows.stream().anyMatch(window -> window.activeAt(instant)
                && zones.stream().anyMatch(zone -> covers(window, instant.atZone(zone).toLocalDateTime())));
    }

    /** The first instant after {@code from} that no window covers in any zone; empty when none is in sight. */
    Optional<Instant> nextFree(Instant from, Collection<ZoneId> zones) {
        TreeSet<Instant> candidates = new TreeSet<>();
        for (ContactRestriction window : windows) {
            if (window.activeUntil() != null) {
                candidates.add(window.activeUntil());
            }
            for (ZoneId zone : zones) {
                LocalDate today = from.atZone(zone).toLocalDate();
                for (int i = -1; i <= SEARCH_DAYS; i++) {
                    candidates.add(end(window, today.plusDays(i), zone));
                }
            }
        }
        return candidates.stream().filter(candidate -> candidate.isAfter(from))
                .filter(candidate -> !blocks(candidate, zones))
                .findFirst();
    }

    static boolean covers(ContactRestriction window, LocalDateTime local) {
        LocalTime from = window.from() == null ? LocalTime.MIDNIGHT : window.from();
        LocalTime until = window.until();
        LocalTime time = local.toLocalTime();
        DayOfWeek day = local.getDayOfWeek();
        if (until != null && until.isBefore(from)) {
            return (onDay(window, day) && !time.isBefore(from)) || (onDay(window, day.minus(1)) && time.isBefore(until));
        }
        return onDay(window, day) && !time.isBefore(from) && (until == null || time.isBefore(until));
    }

    private static boolean onDay(ContactRestriction window, DayOfWeek day) {
        return window.daysOfWeek().isEmpty() || window.daysOfWeek().contains(day);
    }

    /** When the window that starts on that local day ends. */
    private static Instant end(ContactRestriction window, LocalDate day, ZoneId zone) {
        LocalTime from = window.from() == null ? LocalTime.MIDNIGHT : window.from();
        LocalTime until = window.until();
        if (until == null) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        LocalDate endDay = until.isBefore(from) ? day.plusDays(1) : day;
        return ZonedDateTime.of(endDay, until, zone).toInstant();
    }
}
