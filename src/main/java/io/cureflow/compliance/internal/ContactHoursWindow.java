package io.cureflow.compliance.internal;

import io.cureflow.compliance.internal.ComplianceProperties.ContactHours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The contact hours read in several time zones at once: an instant is allowed only when its local time is within
 * hours in every zone.
 */
public final class ContactHoursWindow {

    /** A week and a day: if no overlap appears in that span, the zones' windows do not overlap. */
    private static final int SEARCH_DAYS = 8;

    private final ContactHours hours;

    public ContactHoursWindow(ContactHours hours) {
        this.hours = hours;
    }

    public boolean allows(Instant instant, Collection<ZoneId> zones) {
        return zones.stream().allMatch(zone -> hours.contains(instant.atZone(zone).toLocalTime()));
    }

    /**
     * The earliest instant at or after {@code from} that is within hours in every zone, or empty when the zones' windows
     * never overlap. The allowed set is an intersection of half-open daily windows, so its first point after
     * {@code from} is either {@code from} itself or the moment some zone's window opens.
     */
    public Optional<Instant> nextAllowed(Instant from, Collection<ZoneId> zones) {
        if (allows(from, zones)) {
            return Optional.of(from);
        }
        TreeSet<Instant> openings = new TreeSet<>();
        for (ZoneId zone : zones) {
            LocalDate day = from.atZone(zone).toLocalDate();
            for (int i = 0; i <= SEARCH_DAYS; i++) {
                Instant opening = opening(day.plusDays(i), zone);
                if (opening.isAfter(from)) {
                    openings.add(opening);
                }
            }
        }
        return openings.stream().filter(candidate -> allows(candidate, zones)).findFirst();
    }

    /** When the window opens on that local day; if the start time falls in a spring-forward gap, the gap's end. */
    private Instant opening(LocalDate day, ZoneId zone) {
        LocalDateTime start = day.atTime(hours.start());
        var rules = zone.getRules();
        if (rules.getValidOffsets(start).isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(start);
            return gap.getInstant();
        }
        return start.atZone(zone).toInstant();
    }
}
