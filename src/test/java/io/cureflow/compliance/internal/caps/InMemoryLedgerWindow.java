package io.cureflow.compliance.internal.caps;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.internal.InMemoryLedger;

import java.time.Instant;
import java.util.List;

/** A ledger in memory that answers window queries as {@link JdbcLedgerWindow} does; rows carry no case. */
public final class InMemoryLedgerWindow implements LedgerWindow {

    private final InMemoryLedger ledger = new InMemoryLedger();

    public InMemoryLedgerWindow add(long borrowerId, long accountId, Channel channel, String contactPoint,
                                    ContactDirection direction, String outcome, Instant at) {
        ledger.record(0L, borrowerId, accountId, channel, contactPoint, direction, outcome, at);
        return this;
    }

    public InMemoryLedgerWindow sent(long borrowerId, long accountId, Channel channel, String contactPoint,
                                     Instant at) {
        return add(borrowerId, accountId, channel, contactPoint, ContactDirection.OUTBOUND, "SENT", at);
    }

    @Override
    public List<OutboundAttempt> ofBorrower(long borrowerId, Instant from, Instant to) {
        return ledger.ofBorrower(borrowerId, from, to);
    }

    @Override
    public List<OutboundAttempt> ofAccount(long accountId, Instant from, Instant to) {
        return ledger.ofAccount(accountId, from, to);
    }
}
