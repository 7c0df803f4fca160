package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.RuleResult;
import io.cureflow.compliance.internal.stops.ConsentProperties.RevokeAll;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * TC-04, revoke-all: once in force, a revocation of a number's consent, made in answer to any kind of message, ends
 * every automated text and prerecorded or artificial-voice call to that number on every matter of the caller. So a
 * revocation recorded for one channel covers the others, and one recorded for another borrower (another matter: a
 * shared home line, say) covers this borrower's debts too. Before that date TC-03 alone applies: per borrower, and
 * per channel when the revocation names one.
 */
@Component
class RevokeAllRule implements ComplianceRule {

    static final String ID = "TC-04";

    private final RevokedNumbers revoked;
    private final RevokeAll revokeAll;
    private final ComplianceMessages messages;

    RevokeAllRule(RevokedNumbers revoked, ConsentProperties properties, ComplianceMessages messages) {
        this.revoked = revoked;
        this.revokeAll = properties.revokeAll();
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "47 CFR 64.1200(a)(10) (revoke-all; FCC 24-24, waived until 2027-01-31 by DA 26-12)";
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        ContactProposal proposal = context.proposal();
        if (!revokeAll.inForceAt(context.at())) {
            return RuleResult.pass("revoke-all not in force (" + (revokeAll.enabled()
                    ? "from " + revokeAll.effectiveFrom() : "switched off") + ")");
        }
        if (!proposal.automated() || !ContactPoints.isPhoneChannel(proposal.channel())) {
            return RuleResult.pass("not an automated text or call");
        }
        Optional<String> number = ContactPoints.normalize(proposal.contactPoint())
                .filter(point -> !ContactPoints.isEmail(point));
        Optional<ContactRestriction> found = number.stream()
                .flatMap(point -> revoked.revocationsOf(point).stream())
                .filter(restriction -> restriction.activeAt(context.at()))
                .findFirst();
        if (found.isEmpty()) {
            return RuleResult.pass("no revocation of this number on any matter");
        }
        ContactRestriction revocation = found.get();
        boolean otherMatter = revocation.borrowerId() != context.contact().borrowerId();
        return RuleResult.blockPermanently(messages.get("compliance.rule.consent.revoke-all",
                        revocation.recordedAt().toString(), revocation.id()),
                "restriction " + revocation.id() + " CONSENT_REVOKED via " + revocation.source()
                        + (revocation.channel() == null ? "" : " for " + revocation.channel())
                        + (otherMatter ? ", recorded for another borrower" : ""));
    }
}
