package io.cureflow.compliance.internal;

import io.cureflow.compliance.CallRecipient;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.internal.caps.LedgerOutcomes;
import io.cureflow.compliance.internal.caps.LedgerWindow;
import io.cureflow.compliance.internal.caps.OutboundAttempt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The contact ledger in memory: every attempt the journey recorded, in both directions. It answers the window reads of
 * the caps and state packs as {@code JdbcLedgerWindow} does; the frequency and landline rules read it through their
 * own adapters in their packages.
 */
public final class InMemoryLedger implements LedgerWindow {

    /** One {@code contact_attempt} row, allocated at dial time to the case's account. */
    public record Row(long id, long caseId, long borrowerId, long accountId, Channel channel, String contactPoint,
                      ContactDirection direction, String outcome, CallRecipient recipient, Instant at,
                      boolean automated) {
    }

    private final List<Row> rows = new ArrayList<>();

    public long record(long caseId, long borrowerId, long accountId, Channel channel, String contactPoint,
                       ContactDirection direction, String outcome, Instant at) {
        return record(caseId, borrowerId, accountId, channel, contactPoint, direction, outcome, at, false);
    }

    /** @param automated made by the journey's automation; the real ledger does not keep this, the checkers do */
    public long record(long caseId, long borrowerId, long accountId, Channel channel, String contactPoint,
                       ContactDirection direction, String outcome, Instant at, boolean automated) {
        long id = rows.size() + 1L;
        rows.add(new Row(id, caseId, borrowerId, accountId, channel, contactPoint, direction, outcome,
                CallRecipient.CONSUMER, at, automated));
        return id;
    }

    /** The consumer's own contacts, found by attempt id as {@code LedgerInboundContacts} finds them. */
    public InboundContacts inboundContacts() {
        return attemptId -> rows.stream()
                .filter(row -> row.id() == attemptId && row.direction() == ContactDirection.INBOUND)
                .findFirst()
                .map(row -> new InboundContact(row.id(), row.caseId(), row.borrowerId(), row.channel(),
                        row.contactPoint(), row.at()));
    }

    public List<Row> rows() {
        return List.copyOf(rows);
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
                .filter(row -> !LedgerOutcomes.NOT_ATTEMPTED.contains(row.outcome()))
                .filter(row -> !row.at().isBefore(from) && row.at().isBefore(to))
                .sorted(Comparator.comparing(Row::at).thenComparing(Row::id))
                .map(row -> new OutboundAttempt(row.at(), row.channel(), row.accountId(), row.contactPoint(),
                        row.outcome()))
                .toList();
    }
}
