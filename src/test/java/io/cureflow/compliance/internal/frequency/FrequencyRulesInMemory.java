package io.cureflow.compliance.internal.frequency;

import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.InMemoryLedger;
import io.cureflow.compliance.internal.InMemoryLedger.Row;

import java.time.Instant;
import java.util.List;

/**
 * The frequency rules over an in-memory ledger. Reads as {@code JdbcCallHistory} does: the debt's calls flagged at
 * dial time as {@code DebtAllocations} writes them, and the calls placed to one number.
 */
public final class FrequencyRulesInMemory implements CallHistory {

    private final InMemoryLedger ledger;
    private final FrequencyProperties properties;

    private FrequencyRulesInMemory(InMemoryLedger ledger, FrequencyProperties properties) {
        this.ledger = ledger;
        this.properties = properties;
    }

    public static List<ComplianceRule> rules(InMemoryLedger ledger, FrequencyProperties properties,
                                             ComplianceMessages messages) {
        FrequencyRulesInMemory history = new FrequencyRulesInMemory(ledger, properties);
        FrequencyRules prongs = new FrequencyRules();
        return List.of(prongs.callCountRule(history, properties, messages),
                prongs.conversationPeriodRule(history, properties, messages),
                new CallPatternRule(history, properties, messages));
    }

    @Override
    public DebtHistory debt(long borrowerId, long accountId, Instant at) {
        Instant from = DebtHistory.from(at, properties);
        Instant to = DebtHistory.to(at);
        List<DebtCall> calls = ledger.rows().stream()
                .filter(row -> row.borrowerId() == borrowerId && row.accountId() == accountId)
                .filter(row -> !row.at().isBefore(from) && row.at().isBefore(to))
                .map(FrequencyRulesInMemory::allocation)
                .filter(call -> call.countsAsCall() || call.conversation())
                .toList();
        return new DebtHistory(calls, List.of());
    }

    private static DebtCall allocation(Row row) {
        return new DebtCall(row.at(),
                CallCounting.countsAsCall(row.channel(), row.direction(), row.outcome(), row.recipient()),
                CallCounting.conversation(row.channel(), row.outcome(), row.recipient()));
    }

    @Override
    public List<Instant> placedCalls(String contactPoint, Instant from, Instant to) {
        return ledger.rows().stream()
                .filter(row -> contactPoint.equals(row.contactPoint()))
                .filter(row -> CallCounting.placed(row.channel(), row.direction(), row.outcome()))
                .map(Row::at)
                .filter(at -> !at.isBefore(from) && at.isBefore(to))
                .toList();
    }
}
