package io.cureflow.compliance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;

/**
 * One restriction as recorded. {@code contactPoint} is personal data: {@link #toString()} leaves it out.
 *
 * @param accountId    the debt it covers; null for every debt of the borrower
 * @param channel      the channel it covers; null for every channel
 * @param contactPoint the number or address it covers; null for all of them
 * @param from         for a time: start of the inconvenient local time, inclusive; null for midnight
 * @param until        for a time: end of the inconvenient local time, exclusive; null for the end of the day
 * @param daysOfWeek   for a time: the local days it covers; empty for every day
 * @param activeUntil  when it ends by itself ('through the end of the year'); null until lifted
 */
public record ContactRestriction(long id, RestrictionKind kind, long borrowerId, Long accountId, Channel channel,
                                 String contactPoint, LocalTime from, LocalTime until, Set<DayOfWeek> daysOfWeek,
                                 Instant activeUntil, RestrictionSource source, String recordedBy, Instant recordedAt,
                                 String note, Instant liftedAt, String liftedBy, String liftReason) {

    public ContactRestriction {
        daysOfWeek = daysOfWeek == null ? Set.of() : Set.copyOf(daysOfWeek);
    }

    public boolean lifted() {
        return liftedAt != null;
    }

    /** Not lifted and not expired at that instant. */
    public boolean activeAt(Instant at) {
        return liftedAt == null && (activeUntil == null || at.isBefore(activeUntil));
    }

    @Override
    public String toString() {
        return "ContactRestriction[id=" + id + ", kind=" + kind + ", borrowerId=" + borrowerId + ", accountId="
                + accountId + ", channel=" + channel + ", contactPoint=" + (contactPoint == null ? null : "***")
                + ", lifted=" + lifted() + "]";
    }
}
