package io.cureflow.compliance.internal.stops;

import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.InboundContact;
import io.cureflow.compliance.internal.RuleResult;

import java.util.List;
import java.util.Optional;

/**
 * A place the consumer ruled out closes the media tied to it. Named numbers or addresses are closed on every channel;
 * 'not at home' or 'not at work' with nothing named closes the landlines, the phone media tied to a place (comment
 * 6(b)(1)(ii)-1), since any of them may be the one at that place; mobiles and email are not tied to one. For an
 * inconvenient place (not the workplace, whose §1006.6(b)(3) the comment does not reach), a consumer who contacts
 * CureFlow from that place may get one response there through the same medium (comment 6(b)(1)-2.ii).
 */
class DesignatedPlaceRule implements ComplianceRule {

    private final String id;
    private final String citation;
    private final RestrictionKind kind;
    private final String messageKey;
    private final ActiveRestrictions restrictions;
    private final ConsumerInitiatedResponses responses;
    private final ComplianceMessages messages;

    /** @param responses null when the consumer's own contact from the place allows no response there */
    DesignatedPlaceRule(String id, String citation, RestrictionKind kind, String messageKey,
                        ActiveRestrictions restrictions, ConsumerInitiatedResponses responses,
                        ComplianceMessages messages) {
        this.id = id;
        this.citation = citation;
        this.kind = kind;
        this.messageKey = messageKey;
        this.restrictions = restrictions;
        this.responses = responses;
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
        List<ContactRestriction> found = restrictions.covering(context.contact(), context.at()).stream()
                .filter(restriction -> restriction.kind() == kind)
                .filter(restriction -> ContactPoints.covers(restriction.channel(), context.proposal().channel()))
                .filter(restriction -> restriction.contactPoint() != null
                        ? ContactPoints.same(restriction.contactPoint(), target)
                        : phone && LineTypes.landline(point))
                .toList();
        Optional<InboundContact> answered = found.isEmpty() || responses == null ? Optional.empty()
                : responses.sameMedium(context).filter(contact -> found.stream()
                        .allMatch(restriction -> restriction.recordedAt().isBefore(contact.at())));
        if (answered.isPresent()) {
            return RuleResult.pass("restriction " + found.get(0).id() + " " + kind + "; the one response to the "
                    + "consumer's contact " + answered.get().attemptId() + " from that place (comment 6(b)(1)-2.ii)");
        }
        return found.stream().findFirst().map(restriction -> RuleResult.blockPermanently(messages.get(messageKey, restriction.id()),
                        "restriction " + restriction.id() + " " + kind + (restriction.contactPoint() == null
                                ? " landlines" : " one address")))
                .orElseGet(() -> RuleResult.pass("no " + kind + " restriction for this contact point"));
    }
}
