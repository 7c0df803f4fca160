package io.cureflow.compliance.internal.stops;

import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import io.cureflow.account.UnknownCaseException;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.NewRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.compliance.WrongNumbers;
import io.cureflow.compliance.internal.frequency.MisdirectedNumbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/**
 * The frequency rules stop counting calls to the number, and an opt-out of the number on every channel keeps the
 * automation away from the person who does have it.
 */
@Service
class WrongNumberService implements WrongNumbers {

    private final CaseService cases;
    private final MisdirectedNumbers misdirected;
    private final ContactRestrictions restrictions;

    WrongNumberService(CaseService cases, MisdirectedNumbers misdirected, ContactRestrictions restrictions) {
        this.cases = cases;
        this.misdirected = misdirected;
        this.restrictions = restrictions;
    }

    @Override
    @Transactional
    public void report(long caseId, String number, RestrictionSource source, Instant learnedAt, String recordedBy,
                       String note) {
        CaseView view = cases.findCase(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
        misdirected.record(view.borrowerId(), number, learnedAt, recordedBy);
        restrictions.record(NewRestriction.of(RestrictionKind.OPT_OUT, view.accountId(), null, number, source,
                recordedBy, note));
    }
}
