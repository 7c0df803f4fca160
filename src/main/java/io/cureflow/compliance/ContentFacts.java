package io.cureflow.compliance;

/**
 * Facts about the debt that decide whether a statement may be made (catalogue §3, fact-gated checks). Each one is
 * false unless the case establishes it, so by default no message may mention a lawsuit, garnishment, an attorney or a
 * deadline.
 *
 * @param timeBarred           the limitation period has run: no message may mention suit (Reg F §1006.26(b))
 * @param lawsuitApproved      a lawsuit is lawful and actually intended
 * @param garnishmentLawful    a garnishment, levy or repossession is lawful, intended and, where needed, ordered
 * @param attorneyInvolved     an attorney is meaningfully involved in collecting this debt
 * @param bankruptcy           the consumer is in bankruptcy: no threat of suit or seizure
 * @param deadlineReal         an offer's deadline is real and outside the collector's control
 * @param validationPeriodOver the validation period (§1006.34(b)(5)) has ended: demands for immediate payment no
 *                             longer overshadow the consumer's rights
 */
public record ContentFacts(boolean timeBarred, boolean lawsuitApproved, boolean garnishmentLawful,
                           boolean attorneyInvolved, boolean bankruptcy, boolean deadlineReal,
                           boolean validationPeriodOver) {

    public static final ContentFacts NONE = new ContentFacts(false, false, false, false, false, false, false);
}
