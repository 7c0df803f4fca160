package io.cureflow.compliance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;

/**
 * A restriction to record for the borrower of {@code accountId}; see {@link ContactRestriction} for the fields.
 *
 * @param allDebts true to cover every debt of the borrower; kinds that concern the person always do
 */
public record NewRestriction(RestrictionKind kind, long accountId, boolean allDebts, Channel channel,
                             String contactPoint, LocalTime from, LocalTime until, Set<DayOfWeek> daysOfWeek,
                             Instant activeUntil, RestrictionSource source, String recordedBy, String note) {

    public NewRestriction {
        daysOfWeek = daysOfWeek == null ? Set.of() : Set.copyOf(daysOfWeek);
    }

    /** A restriction with no time window. */
    public static NewRestriction of(RestrictionKind kind, long accountId, Channel channel, String contactPoint,
                                    RestrictionSource source, String recordedBy, String note) {
        return new NewRestriction(kind, accountId, false, channel, contactPoint, null, null, Set.of(), null, source,
                recordedBy, note);
    }

    @Override
    public String toString() {
        return "NewRestriction[kind=" + kind + ", accountId=" + accountId + ", channel=" + channel + "]";
    }
}
