package io.cureflow.compliance.internal.stops;

import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.RuleResult;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Automated texts to any phone, and prerecorded or artificial-voice calls (an AI voice agent included, FCC 24-17) to a
 * number that is or may be wireless, need the prior express consent on the number's record. A person dialling by hand
 * needs none.
 */
@Component
class TcpaConsentRule implements ComplianceRule {

    static final String ID = "TC-01";

    private final ComplianceMessages messages;

    TcpaConsentRule(ComplianceMessages messages) {
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "47 U.S.C. 227(b)(1)(A)(iii); 47 CFR 64.1200(a)(1)(iii); FCC 24-17";
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        ContactProposal proposal = context.proposal();
        if (!proposal.automated() || !ContactPoints.isPhoneChannel(proposal.channel())) {
            return RuleResult.pass("not an automated text or call");
        }
        Optional<ContactPointView> point = ContactPoints.onFile(context.contact(), proposal.contactPoint());
        String detail = "channel " + proposal.channel() + "; line type " + LineTypes.describe(point) + "; consent "
                + point.map(ContactPointView::consent).orElse(false);
        if (proposal.channel() != Channel.SMS && LineTypes.landline(point)) {
            return RuleResult.pass(detail);
        }
        if (point.isPresent() && point.get().consent()) {
            return RuleResult.pass(detail);
        }
        return RuleResult.blockPermanently(messages.get("compliance.rule.consent.missing", proposal.channel()),
                detail);
    }
}
