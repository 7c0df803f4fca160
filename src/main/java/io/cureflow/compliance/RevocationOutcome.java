package io.cureflow.compliance;

/**
 * @param revoked         the text was a revocation and was recorded
 * @param confirmationDue this revocation closed an SMS number that was open until now: outreach sends the one
 *                        confirmation text Reg F §1006.14(h)(2)(i) allows; false for a repeated STOP
 */
public record RevocationOutcome(boolean revoked, boolean confirmationDue) {

    public static final RevocationOutcome NONE = new RevocationOutcome(false, false);
}
