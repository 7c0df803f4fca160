package io.cureflow.compliance.internal.stops;

import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ConsentRevocations;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.NewRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.compliance.RevocationOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * A keyword reply by text closes the number to texts (Reg F §1006.14(h)(1)) and withdraws its TCPA consent
 * (47 CFR 64.1200(a)(10)); a keyword email closes the address. Both take effect before the reply is processed further.
 */
@Service
class ConsentRevocationService implements ConsentRevocations {

    static final String RECORDED_BY = "inbound-reply";

    private final RevocationKeywords keywords;
    private final ContactRestrictions restrictions;
    private final ActiveRestrictions active;
    private final CaseService cases;

    ConsentRevocationService(RevocationKeywords keywords, ContactRestrictions restrictions,
                             ActiveRestrictions active, CaseService cases) {
        this.keywords = keywords;
        this.restrictions = restrictions;
        this.active = active;
        this.cases = cases;
    }

    @Override
    @Transactional
    public RevocationOutcome fromInboundText(long caseId, Channel channel, String address, String text,
                                             Instant receivedAt) {
        if (address == null || ContactPoints.normalize(address).isEmpty()) {
            return RevocationOutcome.NONE;
        }
        boolean sms = channel == Channel.SMS && keywords.isRevocation(text);
        boolean email = channel == Channel.EMAIL && keywords.isEmailRevocation(text);
        if (!sms && !email) {
            return RevocationOutcome.NONE;
        }
        Optional<CaseView> found = cases.findCase(caseId);
        if (found.isEmpty()) {
            return RevocationOutcome.NONE;
        }
        CaseView view = found.get();
        boolean wasOpen = !optedOut(view.borrowerId(), channel, address, receivedAt);
        RestrictionSource source = sms ? RestrictionSource.INBOUND_SMS : RestrictionSource.INBOUND_EMAIL;
        if (wasOpen) {
            restrictions.record(NewRestriction.of(RestrictionKind.OPT_OUT, view.accountId(), channel, address,
                    source, RECORDED_BY, null));
        }
        if (sms && !revoked(view.borrowerId(), address, receivedAt)) {
            restrictions.record(NewRestriction.of(RestrictionKind.CONSENT_REVOKED, view.accountId(), null, address,
                    source, RECORDED_BY, null));
        }
        return new RevocationOutcome(true, sms && wasOpen);
    }

    private boolean optedOut(long borrowerId, Channel channel, String address, Instant at) {
        return active.ofBorrower(borrowerId).stream()
                .filter(restriction -> restriction.activeAt(at))
                .anyMatch(restriction -> restriction.kind() == RestrictionKind.OPT_OUT
                        && ContactPoints.covers(restriction.channel(), channel)
                        && ContactPoints.same(restriction.contactPoint(), address));
    }

    private boolean revoked(long borrowerId, String address, Instant at) {
        return active.ofBorrower(borrowerId).stream()
                .filter((ContactRestriction restriction) -> restriction.activeAt(at))
                .anyMatch(restriction -> restriction.kind() == RestrictionKind.CONSENT_REVOKED
                        && ContactPoints.same(restriction.contactPoint(), address));
    }
}
