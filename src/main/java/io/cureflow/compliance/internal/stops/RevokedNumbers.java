package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.EvaluationMemo;
import io.cureflow.compliance.internal.PrefetchedRead;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * TCPA consent revocations of one number, whichever borrower they were recorded for: under revoke-all a revocation
 * covers the number on every matter of the caller. Read once per evaluation, never kept beyond it.
 */
@Component
class RevokedNumbers implements PrefetchedRead.Source {

    /** The rows {@link RestrictionRepository#findActiveRevocationsOfNumber} reads, for the evaluation's prefetch. */
    private static final String ACTIVE_OF_NUMBER = RestrictionRows.COLUMNS
            + " where contact_point = ? and kind = 'CONSENT_REVOKED' and lifted_at is null order by recorded_at, id";

    private final RestrictionRepository repository;
    private final ConsentProperties.RevokeAll revokeAll;

    RevokedNumbers(RestrictionRepository repository, ConsentProperties properties) {
        this.repository = repository;
        this.revokeAll = properties.revokeAll();
    }

    /** TC-04 reads the number of every automated text or call once revoke-all is in force. */
    @Override
    public List<PrefetchedRead> reads(ContactContext context) {
        ContactProposal proposal = context.proposal();
        if (!revokeAll.inForceAt(context.at()) || !proposal.automated()
                || !ContactPoints.isPhoneChannel(proposal.channel())) {
            return List.of();
        }
        return ContactPoints.normalize(proposal.contactPoint()).filter(point -> !ContactPoints.isEmail(point))
                .map(number -> List.of(new PrefetchedRead(ACTIVE_OF_NUMBER, List.of(number),
                        rows -> EvaluationMemo.keep(new RevocationsRead(number), RestrictionRows.all(rows)))))
                .orElse(List.of());
    }

    /** @param number in E.164, as restrictions store it */
    List<ContactRestriction> revocationsOf(String number) {
        return EvaluationMemo.remember(new RevocationsRead(number), () -> repository
                .findActiveRevocationsOfNumber(number).stream().map(RestrictionEntity::view).toList());
    }

    private record RevocationsRead(String number) {
    }
}
