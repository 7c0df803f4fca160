package io.cureflow.compliance.internal.caps;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** A ledger in memory that answers window queries as {@link JdbcLedgerWindow} does. */
public final class InMemoryLedgerWindow implements LedgerWindow {

    private record Row(long borrowerId, long accountId, ContactDirection direction, OutboundAttempt attempt) {
    }

    private final List<Row> rows = new ArrayList<>();

    public InMemoryLedgerWindow add(long borrowerId, long accountId, Channel channel, String contactPoint,
                                    ContactDirection direction, String outcome, Instant at) {
        rows.add(new Row(borrowerId, accountId, direction,
                new OutboundAttempt(at, channel, accountId, contactPoint, outcome)));
        return this;
    }

    public InMemoryLedgerWindow sent(long borrowerId, long accountId, Channel channel, String contactPoint,
                                     Instant at) {
        return add(borrowerId, accountId, channel, contactPoint, ContactDirection.OUTBOUND, "SENT", at);
    }

    @Override
    public List<OutboundAttempt> ofBorrower(long borrowerId, Instant from, Instant to) {
        return select(row -> row.borrowerId() == borrowerId, from, to);
    }

    @Override
    public List<OutboundAttempt> ofAccount(long accountId, Instant from, Instant to) {
        return select(row -> row.accountId() == accountId, from, to);
    }

    private List<OutboundAttempt> select(Predicate<Row> owner, Instant from, Instant to) {
        return rows.stream()
                .filter(owner)
                .filter(row -> row.direction() == ContactDirection.OUTBOUND)
                .filter(row -> !LedgerOutcomes.NOT_ATTEMPTED.contains(row.attempt().outcome()))
                .filter(row -> !row.attempt().at().isBefore(from) && row.attempt().at().isBefore(to))
                .map(Row::attempt)
                .sorted(Comparator.comparing(OutboundAttempt::at))
                .toList();
    }
}
