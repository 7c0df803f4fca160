package io.cureflow.compliance.internal.states;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceProperties.ContactHours;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.ContactHoursWindow;
import io.cureflow.compliance.internal.RuleResult;
import io.cureflow.compliance.internal.caps.LedgerWindow;
import io.cureflow.compliance.internal.caps.LocalDayLimit;
import io.cureflow.compliance.internal.caps.LocalDays;
import io.cureflow.compliance.internal.caps.OutboundAttempt;
import io.cureflow.compliance.internal.states.StatesProperties.Limit;
import io.cureflow.compliance.internal.states.StatesProperties.Washington;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Washington presumes harassment above three communications a week across all media, and at the residence before
 * 7:30 or from 21:00. "Week" is read as any 7 consecutive local days, the stricter reading. The hours apply to every
 * channel: a text or email is read at the residence too. The federal 08:00 (RF-12) still governs the morning.
 */
@Component
public class WashingtonRule implements ComplianceRule {

    public static final String ID = "WA-01";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Washington pack;
    private final LedgerWindow ledger;
    private final ComplianceMessages messages;

    public WashingtonRule(StatesProperties properties, LedgerWindow ledger, ComplianceMessages messages) {
        this.pack = properties.wa();
        this.ledger = ledger;
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "RCW 19.16.250(13)";
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        if (!pack.enabled() || !ConsumerState.in(context.contact(), "WA")) {
            return RuleResult.pass("not a Washington consumer or pack off");
        }
        List<ZoneId> zones = context.location().candidateZones();
        Instant at = context.at();
        ContactHours residence = pack.contactHours().toContactHours();
        ContactHours hours = context.proposal().channel() == Channel.CALL ? residence.forCalls() : residence;
        ContactHoursWindow window = new ContactHoursWindow(hours);
        String hoursText = LOCAL_TIME.format(hours.start()) + "–" + LOCAL_TIME.format(hours.end());

        Limit limit = pack.communications();
        List<Instant> counted = ledger.ofBorrower(context.contact().borrowerId(),
                        LocalDays.windowStart(at, zones, limit.days()), LocalDays.windowEnd(at, zones)).stream()
                .filter(OutboundAttempt::wentOut)
                .map(OutboundAttempt::at)
                .toList();
        LocalDayLimit.LimitCheck check = new LocalDayLimit(limit.max(), limit.days()).check(counted, at, zones);
        String detail = "communications " + check.count() + "/" + limit.max() + " in " + limit.days() + " days; hours "
                + hoursText + "; zones " + zones.stream().map(ZoneId::getId).collect(Collectors.joining(","));

        if (!window.allows(at, zones)) {
            Optional<Instant> opening = window.nextAllowed(at, zones);
            if (opening.isEmpty()) {
                return RuleResult.blockPermanently(messages.get("compliance.rule.states.wa.no-overlap", hoursText),
                        detail);
            }
            Instant earliest = check.reached() && check.earliestAllowedAt().isAfter(opening.get())
                    ? check.earliestAllowedAt() : opening.get();
            return RuleResult.blockUntil(messages.get("compliance.rule.states.wa.hours", hoursText), earliest, detail);
        }
        if (check.reached()) {
            return RuleResult.blockUntil(messages.get("compliance.rule.states.wa.communications", check.count(),
                    limit.days(), limit.max()), check.earliestAllowedAt(), detail);
        }
        return RuleResult.pass(detail);
    }
}
