package io.cureflow.compliance.internal.states;

import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.RuleResult;
import io.cureflow.compliance.internal.caps.LedgerWindow;
import io.cureflow.compliance.internal.caps.LocalDayLimit;
import io.cureflow.compliance.internal.caps.LocalDays;
import io.cureflow.compliance.internal.caps.OutboundAttempt;
import io.cureflow.compliance.internal.states.StatesProperties.Limit;
import io.cureflow.compliance.internal.states.StatesProperties.NewYorkCity;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * New York City's amended rules: at most three communications or attempts per consumer per 7 days across all media.
 * Attempts count, so a busy line or a failed send counts here; only what never left CureFlow does not. Counted per
 * consumer over all their debts, which is stricter than the rule's own count per non-affiliated creditor.
 */
@Component
public class NewYorkCityRule implements ComplianceRule {

    public static final String ID = "NYC-02";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final NewYorkCity pack;
    private final LedgerWindow ledger;
    private final ComplianceMessages messages;

    public NewYorkCityRule(StatesProperties properties, LedgerWindow ledger, ComplianceMessages messages) {
        this.pack = properties.nyc();
        this.ledger = ledger;
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "6 RCNY 5-77 (amended, effective date postponed)";
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        if (!pack.enabled() || !inEffect(context.at())) {
            return RuleResult.pass("New York City pack off or not yet in effect");
        }
        if (!NewYorkCityAddresses.contains(context.contact().state(), context.contact().zip(), pack.zipPrefixes())) {
            return RuleResult.pass("not a New York City consumer");
        }
        List<ZoneId> zones = context.location().candidateZones();
        Instant at = context.at();
        Limit limit = pack.communications();
        List<Instant> attempts = ledger.ofBorrower(context.contact().borrowerId(),
                        LocalDays.windowStart(at, zones, limit.days()), LocalDays.windowEnd(at, zones)).stream()
                .map(OutboundAttempt::at)
                .toList();
        LocalDayLimit.LimitCheck check = new LocalDayLimit(limit.max(), limit.days()).check(attempts, at, zones);
        String detail = "attempts " + check.count() + "/" + limit.max() + " in " + limit.days() + " days; zones "
                + zones.stream().map(ZoneId::getId).collect(Collectors.joining(","));
        if (!check.reached()) {
            return RuleResult.pass(detail);
        }
        return RuleResult.blockUntil(messages.get("compliance.rule.states.nyc.attempts", check.count(), limit.days(),
                limit.max()), check.earliestAllowedAt(), detail);
    }

    private boolean inEffect(Instant at) {
        return pack.effectiveFrom() == null || !at.isBefore(pack.effectiveFrom().atStartOfDay(NEW_YORK).toInstant());
    }
}
