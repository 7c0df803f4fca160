package io.cureflow.understanding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A reply was classified, stored, and the restrictions the law requires were recorded in the same transaction. The
 * journey reacts to this event, never to the bare reply.
 *
 * @param evidence             the words that decided it, for the agent's task form; personal data, never logged
 * @param remindersPausedUntil for a promise with a date: the start of the day after the promised date in the
 *                             borrower's zone, when reminders resume unless a payment came; else null
 */
public record ReplyClassified(long caseId, long messageId, Intent intent, HardshipCategory hardshipCategory,
                              double confidence, boolean needsReview, List<String> evidence, Set<ReplyAction> actions,
                              LocalDate promisedDate, BigDecimal promisedAmount, Instant remindersPausedUntil) {

    public ReplyClassified {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        actions = actions == null ? Set.of() : Set.copyOf(actions);
    }

    public boolean did(ReplyAction action) {
        return actions.contains(action);
    }

    @Override
    public String toString() {
        return "ReplyClassified[caseId=" + caseId + ", messageId=" + messageId + ", intent=" + intent + ", actions="
                + actions + "]";
    }
}
