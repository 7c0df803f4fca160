package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.RuleResult;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A revocation, by a keyword reply or any other reasonable means, ends the consent of that number at once: no more
 * automated texts or prerecorded or artificial-voice calls to it, whatever its line type.
 */
@Component
class ConsentRevocationRule implements ComplianceRule {

    static final String ID = "TC-03";

    private final ActiveRestrictions restrictions;
    private final ComplianceMessages messages;

    ConsentRevocationRule(ActiveRestrictions restrictions, ComplianceMessages messages) {
        this.restrictions = restrictions;
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "47 CFR 64.1200(a)(10); FCC 24-24";
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        ContactProposal proposal = context.proposal();
        if (!proposal.automated() || !ContactPoints.isPhoneChannel(proposal.channel())) {
            return RuleResult.pass("not an automated text or call");
        }
        Optional<ContactRestriction> revoked = restrictions.covering(context.contact(), context.at()).stream()
                .filter(restriction -> restriction.kind() == RestrictionKind.CONSENT_REVOKED)
                .filter(restriction -> ContactPoints.covers(restriction.channel(), proposal.channel()))
                .filter(restriction -> ContactPoints.same(restriction.contactPoint(), proposal.contactPoint()))
                .findFirst();
        return revoked
                .map(restriction -> RuleResult.blockPermanently(
                        messages.get("compliance.rule.consent.revoked", restriction.recordedAt().toString(),
                                restriction.id()),
                        "restriction " + restriction.id() + " CONSENT_REVOKED via " + restriction.source()))
                .orElseGet(() -> RuleResult.pass("no revocation for this number"));
    }
}
