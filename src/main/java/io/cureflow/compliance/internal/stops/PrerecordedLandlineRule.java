package io.cureflow.compliance.internal.stops;

import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactProposal;
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
 * At most N prerecorded or artificial-voice calls to a residential landline within any M consecutive days. Days are
 * the consumer's calendar days in every candidate zone; every outbound call to the number in the ledger counts, a
 * person's included, since the ledger does not tell who placed it.
 */
@Component
class PrerecordedLandlineRule implements ComplianceRule {

    static final String ID = "TC-06";

    private final LandlineCallLog calls;
    private final ConsentProperties properties;
    private final ComplianceMessages messages;

    PrerecordedLandlineRule(LandlineCallLog calls, ConsentProperties properties, ComplianceMessages messages) {
        this.calls = calls;
        this.properties = properties;
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "47 CFR 64.1200(a)(3)(ii)";
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        ContactProposal proposal = context.proposal();
        boolean voice = proposal.channel() == Channel.CALL || proposal.channel() == Channel.VOICEMAIL;
        Optional<ContactPointView> point = ContactPoints.onFile(context.contact(), proposal.contactPoint());
        if (!proposal.automated() || !voice || !LineTypes.landline(point)) {
            return RuleResult.pass("not a prerecorded call to a landline");
        }
        int max = properties.prerecordedLandlineMaxCalls();
        int days = properties.prerecordedLandlineDays();
        List<ZoneId> zones = context.location().candidateZones();
        Instant at = context.at();
        Instant earliestFrom = zones.stream()
                .map(zone -> at.atZone(zone).toLocalDate().minusDays(days - 1L).atStartOfDay(zone).toInstant())
                .min(Comparator.naturalOrder()).orElseThrow();
        List<Instant> placed = calls.callsTo(point.get().value(), earliestFrom, at);
        Instant allowedFrom = null;
        List<String> counts = new ArrayList<>();
        for (ZoneId zone : zones) {
            LocalDate first = at.atZone(zone).toLocalDate().minusDays(days - 1L);
            List<LocalDate> inWindow = placed.stream().map(call -> call.atZone(zone).toLocalDate())
                    .filter(day -> !day.isBefore(first)).sorted().toList();
            counts.add(inWindow.size() + " in " + zone.getId());
            if (inWindow.size() >= max) {
                LocalDate freed = inWindow.get(inWindow.size() - max).plusDays(days);
                Instant opens = freed.atStartOfDay(zone).toInstant();
                allowedFrom = allowedFrom == null || opens.isAfter(allowedFrom) ? opens : allowedFrom;
            }
        }
        String detail = "prerecorded calls to this landline within " + days + " days: " + String.join(", ", counts)
                + "; limit " + max;
        if (allowedFrom == null) {
            return RuleResult.pass(detail);
        }
        return RuleResult.blockUntil(messages.get("compliance.rule.consent.landline", max, days), allowedFrom,
                detail);
    }
}
