package io.cureflow.outreach;

/**
 * The one text that confirms an opt-out of texts (Reg F §1006.14(h)(2)(i)): to the number that opted out only, at most
 * once per number, whether the STOP keyword or the reply's classification found the opt-out.
 */
public interface OptOutConfirmation {

    /** Sends it unless that number had one already. */
    void confirmTextOptOut(long caseId, String number);
}
