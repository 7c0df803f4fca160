package io.cureflow.compliance.internal.states;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceProperties.ContactHours;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.ContactHoursWindow;
import io.cureflow.compliance.internal.RuleResult;
import io.cureflow.compliance.internal.states.StatesProperties.HoursPack;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The hours of the packs that have nothing but hours: California and Florida. Their defaults equal Reg F's 08:00 to
 * 21:00, so this rule only bites when a pack is configured stricter, or the federal hours looser. Washington's hours
 * belong to WA-01.
 */
@Component
public class StateContactHoursRule implements ComplianceRule {

    public static final String ID = "ST-HOURS";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Map<String, HoursPack> packs;
    private final ComplianceMessages messages;

    public StateContactHoursRule(StatesProperties properties, ComplianceMessages messages) {
        this.packs = Map.of("CA", properties.ca(), "FL", properties.fl());
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "Cal. Civ. Code 1788.11, 1788.17, 1812.700; Fla. Stat. 559.72(17)";
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        Optional<Map.Entry<String, HoursPack>> pack = packs.entrySet().stream()
                .filter(entry -> entry.getValue().enabled() && ConsumerState.in(context.contact(), entry.getKey()))
                .findFirst();
        if (pack.isEmpty()) {
            return RuleResult.pass("no hours pack for the consumer's state");
        }
        ContactHours configured = pack.get().getValue().contactHours();
        ContactHours hours = context.proposal().channel() == Channel.CALL ? configured.forCalls() : configured;
        String hoursText = LOCAL_TIME.format(hours.start()) + "–" + LOCAL_TIME.format(hours.end());
        List<ZoneId> zones = context.location().candidateZones();
        Instant at = context.at();
        String state = pack.get().getKey();
        String detail = state + " hours " + hoursText + "; zones "
                + zones.stream().map(ZoneId::getId).collect(Collectors.joining(","));
        ContactHoursWindow window = new ContactHoursWindow(hours);
        if (window.allows(at, zones)) {
            return RuleResult.pass(detail);
        }
        String message = messages.get("compliance.rule.states.hours", state, hoursText);
        return window.nextAllowed(at, zones)
                .map(next -> RuleResult.blockUntil(message, next, detail))
                .orElseGet(() -> RuleResult.blockPermanently(message, detail));
    }
}
