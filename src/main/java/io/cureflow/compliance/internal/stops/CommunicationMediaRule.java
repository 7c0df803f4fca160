package io.cureflow.compliance.internal.stops;

import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.InboundContact;
import io.cureflow.compliance.internal.RuleResult;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Media the person asked CureFlow not to use (comments 14(h)(1)-1..-3): a whole medium ('stop calling'), one number or
 * address (opting out of texts to a number or emails to an address, for any debt), every medium but the one the person
 * chose ('only text'), and the opt-out flag a contact point arrived with from intake. A person who contacts CureFlow
 * through a medium closed before that contact may get one response through the same medium (§1006.14(h)(2)(ii)).
 */
@Component
class CommunicationMediaRule implements ComplianceRule {

    static final String ID = "RF-09";

    private final ActiveRestrictions restrictions;
    private final ConsumerInitiatedResponses responses;
    private final ComplianceMessages messages;

    CommunicationMediaRule(ActiveRestrictions restrictions, ConsumerInitiatedResponses responses,
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
        return "12 CFR 1006.14(h)(1), (h)(2)(ii); comments 14(h)(1)-1 to -3";
    }

    /** One reason the medium is closed; {@code since} is null for the intake flag, which predates any contact. */
    private record Closed(RuleResult block, Instant since) {
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        List<ContactRestriction> found = restrictions.covering(context.contact(), context.at());
        List<Closed> closed = closures(context, found);
        if (closed.isEmpty()) {
            return RuleResult.pass(found.size() + " active restrictions checked");
        }
        Optional<InboundContact> answered = responses.sameMedium(context).filter(contact -> closed.stream()
                .allMatch(reason -> reason.since() == null || reason.since().isBefore(contact.at())));
        if (answered.isPresent()) {
            return RuleResult.pass(closed.get(0).block().detail() + "; the one response through this medium to the "
                    + "consumer's contact " + answered.get().attemptId() + " (12 CFR 1006.14(h)(2)(ii))");
        }
        return closed.get(0).block();
    }

    private List<Closed> closures(ContactContext context, List<ContactRestriction> found) {
        Channel channel = context.proposal().channel();
        String target = context.proposal().contactPoint();
        List<Closed> closed = new ArrayList<>();
        for (ContactRestriction restriction : found) {
            if (restriction.kind() == RestrictionKind.OPT_OUT && ContactPoints.covers(restriction.channel(), channel)
                    && (restriction.contactPoint() == null || ContactPoints.same(restriction.contactPoint(), target))) {
                String key = restriction.contactPoint() == null ? "compliance.rule.media.medium"
                        : "compliance.rule.media.address";
                closed.add(new Closed(RuleResult.blockPermanently(messages.get(key, channel, restriction.id()),
                        "restriction " + restriction.id() + " OPT_OUT " + scope(restriction)),
                        restriction.recordedAt()));
            }
            if (restriction.kind() == RestrictionKind.CHANNEL_ONLY
                    && !ContactPoints.covers(restriction.channel(), channel)) {
                closed.add(new Closed(RuleResult.blockPermanently(
                        messages.get("compliance.rule.media.only", restriction.channel(), restriction.id()),
                        "restriction " + restriction.id() + " CHANNEL_ONLY " + restriction.channel()),
                        restriction.recordedAt()));
            }
        }
        if (channel == Channel.SMS || channel == Channel.EMAIL) {
            Optional<ContactPointView> point = ContactPoints.onFile(context.contact(), target);
            if (point.isPresent() && point.get().optedOut()) {
                closed.add(new Closed(RuleResult.blockPermanently(messages.get("compliance.rule.media.flag", channel),
                        "contact point " + point.get().id() + " opted out at intake"), null));
            }
        }
        return closed;
    }

    private static String scope(ContactRestriction restriction) {
        return (restriction.channel() == null ? "every channel" : restriction.channel().name())
                + (restriction.contactPoint() == null ? "" : " one address");
    }
}
