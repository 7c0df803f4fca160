package io.cureflow.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An attempt to record with its debt allocation, made at dial time (Reg F comment 14(b)(4)-1).
 *
 * @param accountIds         the debts the call was about; an unanswered call counts toward each of them
 * @param discussedAccountIds further debts raised during a conversation: each starts the seven-day conversation
 *                           period without counting the call toward it (comment 14(b)(4)-2.vi)
 */
public record AttemptRecord(long caseId, long borrowerId, List<Long> accountIds, Channel channel,
                            ContactDirection direction, String contactPoint, AttemptOutcome outcome,
                            CallRecipient recipient, Long decisionId, Instant at, List<Long> discussedAccountIds) {

    public AttemptRecord {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
        accountIds = List.copyOf(accountIds);
        if (accountIds.isEmpty()) {
            throw new IllegalArgumentException("an attempt counts toward at least one debt");
        }
        recipient = recipient == null ? CallRecipient.CONSUMER : recipient;
        discussedAccountIds = discussedAccountIds == null ? List.of() : List.copyOf(discussedAccountIds);
    }
}
