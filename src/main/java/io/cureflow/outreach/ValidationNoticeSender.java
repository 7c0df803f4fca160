package io.cureflow.outreach;

import java.util.Optional;

/** Sends a case's validation notice (Reg F §1006.34) by email. */
public interface ValidationNoticeSender {

    /**
     * Composes the notice with the validation period a notice sent now opens, sends it to the borrower's email address
     * when there is one with consent that was not opted out of, and records it as sent with compliance.
     *
     * @return the message when it went out; empty when the notice must be mailed instead
     */
    Optional<OutreachMessage> sendByEmail(long caseId);
}
