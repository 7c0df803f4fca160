package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.InboundContact;
import io.cureflow.compliance.internal.RuleResult;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Times the consumer said are inconvenient ('I can't talk now, only after 6pm', 'not on weekdays 3 to 5 pm', a file
 * note 'not on Tuesdays and Thursdays this year'), on every medium, in every zone the consumer might be in. When the
 * consumer contacts CureFlow at such a time, one response through the same medium may follow at that time, that is
 * before the designated time the consumer wrote in has ended (comment 6(b)(1)-2.i, .iv).
 */
@Component
class DesignatedTimeRule implements ComplianceRule {

    static final String ID = "RF-15";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE HH:mm");

    private final ActiveRestrictions restrictions;
    private final ConsumerInitiatedResponses responses;
    private final ComplianceMessages messages;

    DesignatedTimeRule(ActiveRestrictions restrictions, ConsumerInitiatedResponses responses,
                       ComplianceMessages messages) {
        this.restrictions = restrictions;
        this.responses = responses;
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "12 CFR 1006.6(b)(1)(i); comments 6(b)(1)-1, 6(b)(1)-2";
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        List<ContactRestriction> windows = restrictions.covering(context.contact(), context.at()).stream()
                .filter(restriction -> restriction.kind() == RestrictionKind.INCONVENIENT_TIME)
                .toList();
        if (windows.isEmpty()) {
            return RuleResult.pass("no inconvenient times designated");
        }
        List<ZoneId> zones = context.location().candidateZones();
        Instant at = context.at();
        InconvenientTimes times = new InconvenientTimes(windows);
        String detail = windows.size() + " designated windows (" + windows.stream()
                .map(window -> String.valueOf(window.id())).collect(Collectors.joining(",")) + "); local "
                + zones.stream().map(zone -> LOCAL.format(at.atZone(zone)) + " " + zone.getId())
                .collect(Collectors.joining(", "));
        if (!times.blocks(at, zones)) {
            return RuleResult.pass(detail);
        }
        Optional<InboundContact> answered = responses.sameMedium(context)
                .filter(contact -> respondsAtThatTime(windows, contact, at, zones));
        if (answered.isPresent()) {
            return RuleResult.pass(detail + "; the one response to the consumer's contact " + answered.get().attemptId()
                    + " made at a designated time (comment 6(b)(1)-2)");
        }
        Optional<Instant> next = times.nextFree(at, zones);
        return next.map(instant -> RuleResult.blockUntil(messages.get("compliance.rule.times.blocked"), instant,
                        detail))
                .orElseGet(() -> RuleResult.blockPermanently(messages.get("compliance.rule.times.always"), detail));
    }

    /**
     * The consumer came in at a time designated before the contact, and no convenient moment has passed since: the
     * response is still 'at that time'.
     */
    private static boolean respondsAtThatTime(List<ContactRestriction> windows, InboundContact contact, Instant at,
                                              List<ZoneId> zones) {
        InconvenientTimes earlier = new InconvenientTimes(windows.stream()
                .filter(window -> window.recordedAt().isBefore(contact.at()))
                .toList());
        return earlier.blocks(contact.at(), zones)
                && earlier.nextFree(contact.at(), zones).map(free -> free.isAfter(at)).orElse(true);
    }
}
