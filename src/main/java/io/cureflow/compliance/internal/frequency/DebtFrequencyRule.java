package io.cureflow.compliance.internal.frequency;

import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.RuleResult;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A prong of Reg F §1006.14(b)(2)(i) for the case's borrower and the case's account (the particular person and the
 * particular debt), counted in every zone the consumer may be in: one zone that blocks blocks the call, and the call
 * is allowed again from the latest zone's first allowed day. Texts and emails pass: they are not calls.
 */
final class DebtFrequencyRule implements ComplianceRule {

    private final Prong prong;
    private final CallHistory history;
    private final FrequencyProperties properties;
    private final ComplianceMessages messages;

    DebtFrequencyRule(Prong prong, CallHistory history, FrequencyProperties properties, ComplianceMessages messages) {
        this.prong = prong;
        this.history = history;
        this.properties = properties;
        this.messages = messages;
    }

    @Override
    public String id() {
        return prong.ruleId();
    }

    @Override
    public String citation() {
        return prong.citation();
    }

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
                .map(zone -> prong.verdict(counter, at, zone))
                .toList();
        String detail = "account " + context.contact().accountId() + "; "
                + verdicts.stream().map(ZoneVerdict::detail).collect(Collectors.joining("; "));
        return verdicts.stream()
                .filter(ZoneVerdict::blocked)
                .max(Comparator.comparing(ZoneVerdict::allowedFrom))
                .map(latest -> RuleResult.blockUntil(prong.message(messages, properties, latest), latest.allowedFrom(),
                        detail))
                .orElseGet(() -> RuleResult.pass(detail));
    }
}
