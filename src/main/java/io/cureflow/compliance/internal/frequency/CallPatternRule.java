package io.cureflow.compliance.internal.frequency;

import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.RuleResult;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * RF-07, CureFlow policy: calls in rapid succession or concentrated on one day can rebut the presumption of
 * compliance even within seven in seven (comment 14(b)(2)(i)-2.i and .ii), so calls to one number keep a minimum
 * spacing and a daily cap, the day counted in every candidate zone.
 */
@Component
class CallPatternRule implements ComplianceRule {

    static final String ID = "RF-07";

    private final CallHistory history;
    private final FrequencyProperties properties;
    private final ComplianceMessages messages;

    CallPatternRule(CallHistory history, FrequencyProperties properties, ComplianceMessages messages) {
        this.history = history;
        this.properties = properties;
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "12 CFR 1006.14(b)(1); comment 14(b)(2)(i)-2.i, .ii (CureFlow policy)";
    }

    @Override
    public boolean overridable() {
        return true;
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        String number = context.proposal().contactPoint();
        if (!CallCounting.isCall(context.proposal().channel()) || number == null) {
            return RuleResult.pass("not a telephone call to a number");
        }
        Instant at = context.at();
        List<ZoneId> zones = context.location().candidateZones();
        Instant from = zones.stream().map(zone -> dayStart(at, zone)).min(Comparator.naturalOrder()).orElse(at)
                .minus(properties.minSpacing());
        Instant to = zones.stream().map(zone -> nextDayStart(at, zone)).max(Comparator.naturalOrder()).orElse(at)
                .plus(properties.minSpacing());
        List<Instant> placed = history.placedCalls(number, from, to);

        List<Instant> allowedFrom = new ArrayList<>();
        List<String> messagesFound = new ArrayList<>();
        Optional<Instant> tooClose = placed.stream()
                .filter(call -> call.isAfter(at.minus(properties.minSpacing())) && call.isBefore(at.plus(properties.minSpacing())))
                .max(Comparator.naturalOrder());
        tooClose.ifPresent(call -> {
            allowedFrom.add(call.plus(properties.minSpacing()));
            messagesFound.add(messages.get("compliance.rule.frequency.spacing.blocked",
                    properties.minSpacing().toMinutes()));
        });
        StringBuilder detail = new StringBuilder("min spacing " + properties.minSpacing() + "; cap "
                + properties.maxCallsPerNumberPerDay() + "/day");
        for (ZoneId zone : zones) {
            LocalDate day = at.atZone(zone).toLocalDate();
            long sameDay = placed.stream().filter(call -> call.atZone(zone).toLocalDate().equals(day)).count();
            detail.append("; ").append(zone.getId()).append(' ').append(day).append(": ").append(sameDay)
                    .append(" calls to the number");
            if (sameDay >= properties.maxCallsPerNumberPerDay()) {
                allowedFrom.add(nextDayStart(at, zone));
                messagesFound.add(messages.get("compliance.rule.frequency.daily.blocked", sameDay, day.toString(),
                        zone.getId(), properties.maxCallsPerNumberPerDay()));
            }
        }
        if (allowedFrom.isEmpty()) {
            return RuleResult.pass(detail.toString());
        }
        return RuleResult.blockUntil(String.join(" ", messagesFound.stream().distinct().toList()),
                allowedFrom.stream().max(Comparator.naturalOrder()).orElseThrow(), detail.toString());
    }

    private static Instant dayStart(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    private static Instant nextDayStart(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
