package io.cureflow.compliance.internal.caps;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/**
 * At most {@code max} contacts in any {@code days} consecutive calendar days at the consumer's location, the window
 * ending on the day of the proposed contact. Checked in every candidate zone: one zone over the limit is enough.
 */
public record LocalDayLimit(int max, int days) {

    public LocalDayLimit {
        if (max < 1 || days < 1) {
            throw new IllegalArgumentException("a limit needs max >= 1 and days >= 1");
        }
    }

    /**
     * @param counted the instants of the contacts that count, at least those of the window
     *                {@link LocalDays#windowStart} to {@link LocalDays#windowEnd}
     */
    public LimitCheck check(List<Instant> counted, Instant at, Collection<ZoneId> zones) {
        int highest = 0;
        Instant earliest = null;
        for (ZoneId zone : zones) {
            LocalDate day = LocalDays.localDate(at, zone);
            int count = countEnding(counted, day, zone);
            highest = Math.max(highest, count);
            if (count >= max) {
                Instant opening = LocalDays.startOf(firstDayBelowMax(counted, day, zone), zone);
                earliest = earliest == null || opening.isAfter(earliest) ? opening : earliest;
            }
        }
        return new LimitCheck(this, highest, earliest);
    }

    private LocalDate firstDayBelowMax(List<Instant> counted, LocalDate day, ZoneId zone) {
        // After `days` days every contact up to `day` has left the window; the extra day covers rows dated later.
        LocalDate candidate = day.plusDays(1);
        LocalDate last = day.plusDays(days + 1L);
        while (candidate.isBefore(last) && countEnding(counted, candidate, zone) >= max) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private int countEnding(List<Instant> counted, LocalDate lastDay, ZoneId zone) {
        LocalDate firstDay = lastDay.minusDays(days - 1L);
        int count = 0;
        for (Instant instant : counted) {
            LocalDate local = LocalDays.localDate(instant, zone);
            if (!local.isBefore(firstDay) && !local.isAfter(lastDay)) {
                count++;
            }
        }
        return count;
    }

    /**
     * @param count             the most contacts any candidate zone counts in the window
     * @param earliestAllowedAt when the limit is reached, the start of the first local day (latest over the zones) on
     *                          which one more contact fits; null when it fits now
     */
    public record LimitCheck(LocalDayLimit limit, int count, Instant earliestAllowedAt) {

        public boolean reached() {
            return earliestAllowedAt != null;
        }
    }
}
