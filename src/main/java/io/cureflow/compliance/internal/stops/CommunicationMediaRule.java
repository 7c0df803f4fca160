package io.cureflow.compliance.internal.stops;

import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.RuleResult;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Media the person asked CureFlow not to use (comments 14(h)(1)-1..-3): a whole medium ('stop calling'), one number or
 * address (opting out of texts to a number or emails to an address, for any debt), every medium but the one the person
 * chose ('only text'), and the opt-out flag a contact point arrived with from intake.
 */
@Component
class CommunicationMediaRule implements ComplianceRule {

    static final String ID = "RF-09";

    private final ActiveRestrictions restrictions;
    private final ComplianceMessages messages;

    CommunicationMediaRule(ActiveRestrictions restrictions, ComplianceMessages messages) {
        this.restrictions = restrictions;
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "12 CFR 1006.14(h)(1); comments 14(h)(1)-1 to -3";
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        Channel channel = context.proposal().channel();
        String target = context.proposal().contactPoint();
        List<ContactRestriction> found = restrictions.covering(context.contact(), context.at());
        for (ContactRestriction restriction : found) {
            if (restriction.kind() == RestrictionKind.OPT_OUT && ContactPoints.covers(restriction.channel(), channel)
                    && (restriction.contactPoint() == null || ContactPoints.same(restriction.contactPoint(), target))) {
                String key = restriction.contactPoint() == null ? "compliance.rule.media.medium"
                        : "compliance.rule.media.address";
                return RuleResult.blockPermanently(messages.get(key, channel, restriction.id()),
                        "restriction " + restriction.id() + " OPT_OUT " + scope(restriction));
            }
            if (restriction.kind() == RestrictionKind.CHANNEL_ONLY
                    && !ContactPoints.covers(restriction.channel(), channel)) {
                return RuleResult.blockPermanently(
                        messages.get("compliance.rule.media.only", restriction.channel(), restriction.id()),
                        "restriction " + restriction.id() + " CHANNEL_ONLY " + restriction.channel());
            }
        }
        if (channel == Channel.SMS || channel == Channel.EMAIL) {
            Optional<ContactPointView> point = ContactPoints.onFile(context.contact(), target);
            if (point.isPresent() && point.get().optedOut()) {
                return RuleResult.blockPermanently(messages.get("compliance.rule.media.flag", channel),
                        "contact point " + point.get().id() + " opted out at intake");
            }
        }
        return RuleResult.pass(found.size() + " active restrictions checked");
    }

    private static String scope(ContactRestriction restriction) {
        return (restriction.channel() == null ? "every channel" : restriction.channel().name())
                + (restriction.contactPoint() == null ? "" : " one address");
    }
}
