package io.cureflow.compliance.internal.frequency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The two prongs of Reg F §1006.14(b)(2)(i) for one person's one debt, counted in calendar days of one zone: local
 * dates, never 24-hour spans, so a daylight-saving change neither adds nor loses a day. A call that prior consent
 * covers is left out of both prongs, the proposed call included.
 */
final class DebtCallCounter {

    private final DebtHistory history;
    private final FrequencyProperties properties;
    private final ConsentPeriods consent;

    DebtCallCounter(DebtHistory history, FrequencyProperties properties) {
        this.history = history;
        this.properties = properties;
        this.consent = new ConsentPeriods(history, properties.consentMaxDays());
    }

    /** Prong A: more than {@code maxCalls} counted calls within {@code windowDays} consecutive days. */
    ZoneVerdict callCount(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        LocalDate first = day.minusDays(properties.windowDays() - 1L);
        if (consent.covers(at, zone)) {
            return ZoneVerdict.allowed(zone, zone.getId() + " " + day + ": within prior consent");
        }
        List<LocalDate> counted = history.calls().stream()
                .filter(DebtCall::countsAsCall)
                .filter(call -> !consent.covers(call.at(), zone))
                .map(call -> call.at().atZone(zone).toLocalDate())
                .filter(date -> !date.isBefore(first) && !date.isAfter(day))
                .sorted()
                .toList();
        String detail = zone.getId() + " " + first + ".." + day + ": " + counted.size() + " counted calls";
        if (counted.size() < properties.maxCalls()) {
            return new ZoneVerdict(zone, null, counted.size(), day, detail);
        }
        // The call is allowed once enough of the oldest counted calls have left the window.
        LocalDate leaves = counted.get(counted.size() - properties.maxCalls());
        return new ZoneVerdict(zone, startOf(leaves.plusDays(properties.windowDays()), zone), counted.size(), day,
                detail);
    }

    /** Prong B: a call within {@code cooldownDays} after a telephone conversation, its date being day 1. */
    ZoneVerdict conversationPeriod(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        LocalDate first = day.minusDays(properties.cooldownDays() - 1L);
        if (consent.covers(at, zone)) {
            return ZoneVerdict.allowed(zone, zone.getId() + " " + day + ": within prior consent");
        }
        Optional<LocalDate> last = history.calls().stream()
                .filter(DebtCall::conversation)
                .map(call -> call.at().atZone(zone).toLocalDate())
                .filter(date -> !date.isBefore(first) && !date.isAfter(day))
                .max(LocalDate::compareTo);
        if (last.isEmpty()) {
            return ZoneVerdict.allowed(zone, zone.getId() + " " + first + ".." + day + ": no conversation");
        }
        String detail = zone.getId() + " " + day + ": conversation on " + last.get();
        return new ZoneVerdict(zone, startOf(last.get().plusDays(properties.cooldownDays()), zone), 1, last.get(),
                detail);
    }

    private static Instant startOf(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }
}
