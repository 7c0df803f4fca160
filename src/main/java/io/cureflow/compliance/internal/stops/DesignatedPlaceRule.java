package io.cureflow.compliance.internal.stops;

import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.RuleResult;

import java.util.Optional;

/**
 * A place the consumer ruled out closes the media tied to it. Named numbers or addresses are closed on every channel;
 * 'not at home' or 'not at work' with nothing named closes the landlines, the phone media tied to a place (comment
 * 6(b)(1)(ii)-1), since any of them may be the one at that place; mobiles and email are not tied to one.
 */
class DesignatedPlaceRule implements ComplianceRule {

    private final String id;
    private final String citation;
    private final RestrictionKind kind;
    private final String messageKey;
    private final ActiveRestrictions restrictions;
    private final ComplianceMessages messages;

    DesignatedPlaceRule(String id, String citation, RestrictionKind kind, String messageKey,
                        ActiveRestrictions restrictions, ComplianceMessages messages) {
        this.id = id;
        this.citation = citation;
        this.kind = kind;
        this.messageKey = messageKey;
        this.restrictions = restrictions;
        this.messages = messages;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String citation() {
        return citation;
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        String target = context.proposal().contactPoint();
        Optional<ContactPointView> point = ContactPoints.onFile(context.contact(), target);
        boolean phone = ContactPoints.isPhoneChannel(context.proposal().channel());
        Optional<ContactRestriction> found = restrictions.covering(context.contact(), context.at()).stream()
                .filter(restriction -> restriction.kind() == kind)
                .filter(restriction -> ContactPoints.covers(restriction.channel(), context.proposal().channel()))
                .filter(restriction -> restriction.contactPoint() != null
                        ? ContactPoints.same(restriction.contactPoint(), target)
                        : phone && LineTypes.landline(point))
                .findFirst();
        return found.map(restriction -> RuleResult.blockPermanently(messages.get(messageKey, restriction.id()),
                        "restriction " + restriction.id() + " " + kind + (restriction.contactPoint() == null
                                ? " landlines" : " one address")))
                .orElseGet(() -> RuleResult.pass("no " + kind + " restriction for this contact point"));
    }
}
