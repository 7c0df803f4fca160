package io.cureflow.compliance.internal.frequency;

import io.cureflow.compliance.CallRecipient;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.RecordedAttempt.DebtAllocation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes, at dial time, the debts a call counts toward (Reg F comment 14(b)(4)-1): a call about several debts counts
 * toward each; a debt first raised in the conversation gets the conversation but not the call (comment 14(b)(4)-2.vi).
 * Texts and emails get no allocation: they are not calls.
 */
@Component
public class DebtAllocations {

    private static final String INSERT = "insert into contact_attempt_debt (attempt_id, borrower_id, account_id, "
            + "attempted_at, counts_as_call, conversation) values (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    DebtAllocations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DebtAllocation> allocate(long attemptId, long borrowerId, List<Long> accountIds,
                                         List<Long> discussedAccountIds, Channel channel, ContactDirection direction,
                                         String outcome, CallRecipient recipient, Instant at) {
        if (!CallCounting.isCall(channel)) {
            return List.of();
        }
        boolean call = CallCounting.countsAsCall(channel, direction, outcome, recipient);
        boolean conversation = CallCounting.conversation(channel, outcome, recipient);
        Set<Long> dialled = new LinkedHashSet<>(accountIds);
        List<DebtAllocation> allocations = new ArrayList<>();
        for (Long accountId : dialled) {
            allocations.add(new DebtAllocation(accountId, call, conversation));
        }
        if (conversation) {
            for (Long accountId : new LinkedHashSet<>(discussedAccountIds)) {
                if (!dialled.contains(accountId)) {
                    allocations.add(new DebtAllocation(accountId, false, true));
                }
            }
        }
        OffsetDateTime attemptedAt = at.atOffset(ZoneOffset.UTC);
        jdbc.batchUpdate(INSERT, allocations.stream()
                .map(a -> new Object[]{attemptId, borrowerId, a.accountId(), attemptedAt, a.countsAsCall(),
                        a.conversation()})
                .toList());
        return allocations;
    }
}
