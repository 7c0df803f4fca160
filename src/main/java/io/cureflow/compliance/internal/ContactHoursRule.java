package io.cureflow.compliance.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.internal.ComplianceProperties.ContactHours;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * No contact at an inconvenient time: before the start or from the end of the contact hours at the consumer's
 * location, in every zone where the consumer might be.
 */
@Component
class ContactHoursRule implements ComplianceRule {

    static final String ID = "RF-12";

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ComplianceProperties properties;
    private final ComplianceMessages messages;

    ContactHoursRule(ComplianceProperties properties, ComplianceMessages messages) {
        this.properties = properties;
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "12 CFR 1006.6(b)(1)(i); FDCPA §805(a)(1), 15 U.S.C. 1692c(a)(1)";
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        List<ZoneId> zones = context.location().candidateZones();
        Instant at = context.at();
        ContactHours all = properties.contactHours();
        // A call lasts: it must start early enough to end within the hours.
        ContactHours hours = context.proposal().channel() == Channel.CALL ? all.forCalls() : all;
        ContactHoursWindow window = new ContactHoursWindow(hours);
        String detail = "hours " + hoursText(hours) + "; local " + localTimes(at, zones);
        if (window.allows(at, zones)) {
            return RuleResult.pass(detail);
        }
        Optional<Instant> next = window.nextAllowed(at, zones);
        String message = new ContactHoursWindow(all).allows(at, zones)
                ? messages.get("compliance.rule.contact-hours.last-call", hoursText(all), LOCAL_TIME.format(hours.end()),
                        localTimes(at, zones))
                : messages.get("compliance.rule.contact-hours.blocked", hoursText(hours), localTimes(at, zones));
        return next.map(instant -> RuleResult.blockUntil(message, instant, detail))
                .orElseGet(() -> RuleResult.blockPermanently(
                        messages.get("compliance.rule.contact-hours.no-overlap", hoursText(hours), zoneList(zones)),
                        detail));
    }

    private static String hoursText(ContactHours hours) {
        return LOCAL_TIME.format(hours.start()) + "–" + LOCAL_TIME.format(hours.end());
    }

    private static String localTimes(Instant at, List<ZoneId> zones) {
        return zones.stream()
                .map(zone -> LOCAL_TIME.format(at.atZone(zone)) + " " + zone.getId())
                .collect(Collectors.joining(", "));
    }

    private static String zoneList(List<ZoneId> zones) {
        return zones.stream().map(ZoneId::getId).collect(Collectors.joining(", "));
    }
}
