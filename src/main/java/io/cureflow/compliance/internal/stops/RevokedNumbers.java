package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.internal.EvaluationMemo;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * TCPA consent revocations of one number, whichever borrower they were recorded for: under revoke-all a revocation
 * covers the number on every matter of the caller. Read once per evaluation, never kept beyond it.
 */
@Component
class RevokedNumbers {

    private final RestrictionRepository repository;

    RevokedNumbers(RestrictionRepository repository) {
        this.repository = repository;
    }

    /** @param number in E.164, as restrictions store it */
    List<ContactRestriction> revocationsOf(String number) {
        return EvaluationMemo.remember(new RevocationsRead(number), () -> repository
                .findActiveRevocationsOfNumber(number).stream().map(RestrictionEntity::view).toList());
    }

    private record RevocationsRead(String number) {
    }
}
