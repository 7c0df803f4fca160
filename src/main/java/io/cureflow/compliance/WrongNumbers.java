package io.cureflow.compliance;

import java.time.Instant;

/** A reply told CureFlow that a number reaches someone other than the borrower. */
public interface WrongNumbers {

    /**
     * Records the number as misdirected (its calls no longer count as calls to the borrower) and closes it to every
     * automated channel, for every debt of the borrower of the case.
     *
     * @throws io.cureflow.account.UnknownCaseException when no case has that id
     */
    void report(long caseId, String number, RestrictionSource source, Instant learnedAt, String recordedBy,
                String note);
}
