package io.cureflow.understanding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A reply was classified, stored, and the restrictions the law requires were recorded in the same transaction. The
 * journey reacts to this event, never to the bare reply. It carries codes and ids only, no words of the reply: the
 * evidence stays in the understanding module's table.
 *
 * @param remindersPausedUntil for a promise with a date: the start of the day after the promised date in the
 *                             borrower's zone, when reminders resume unless a payment came; else null
 */
public record ReplyClassified(long caseId, long messageId, Intent intent, HardshipCategory hardshipCategory,
                              double confidence, boolean needsReview, Set<ReplyAction> actions,
                              LocalDate promisedDate, BigDecimal promisedAmount, Instant remindersPausedUntil) {

    public ReplyClassified {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
    }

    public boolean did(ReplyAction action) {
        return actions.contains(action);
    }

}
