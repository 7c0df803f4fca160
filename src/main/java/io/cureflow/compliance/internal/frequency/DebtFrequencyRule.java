package io.cureflow.compliance.internal.frequency;

import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.RuleResult;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A prong of Reg F §1006.14(b)(2)(i) for the case's borrower and the case's account (the particular person and the
 * particular debt), counted in every zone the consumer may be in: one zone that blocks blocks the call, and the call
 * is allowed again from the latest zone's first allowed day. Texts and emails pass: they are not calls.
 */
abstract class DebtFrequencyRule implements ComplianceRule {

    private final CallHistory history;
    private final FrequencyProperties properties;

    DebtFrequencyRule(CallHistory history, FrequencyProperties properties) {
        this.history = history;
        this.properties = properties;
    }

    abstract ZoneVerdict verdict(DebtCallCounter counter, Instant at, ZoneId zone);

    abstract String message(ZoneVerdict latest);

    @Override
    public boolean overridable() {
        return true;
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        if (!CallCounting.isCall(context.proposal().channel())) {
            return RuleResult.pass("not a telephone call");
        }
        Instant at = context.at();
        DebtHistory debt = history.debt(context.contact().borrowerId(), context.contact().accountId(), at);
        DebtCallCounter counter = new DebtCallCounter(debt, properties);
        List<ZoneVerdict> verdicts = context.location().candidateZones().stream()
                .map(zone -> verdict(counter, at, zone))
                .toList();
        String detail = "account " + context.contact().accountId() + "; "
                + verdicts.stream().map(ZoneVerdict::detail).collect(Collectors.joining("; "));
        return verdicts.stream()
                .filter(ZoneVerdict::blocked)
                .max(Comparator.comparing(ZoneVerdict::allowedFrom))
                .map(latest -> RuleResult.blockUntil(message(latest), latest.allowedFrom(), detail))
                .orElseGet(() -> RuleResult.pass(detail));
    }

    FrequencyProperties properties() {
        return properties;
    }
}
