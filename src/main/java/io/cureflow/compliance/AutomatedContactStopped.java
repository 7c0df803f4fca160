package io.cureflow.compliance;

/**
 * A stop was recorded that closes every automated contact of this case (a cease request, an attorney, a dispute, a
 * bankruptcy, a death, a servicemember flag). The journey stops its automated outreach and hands the case to a person.
 *
 * @param ruleId the compliance rule that now blocks the case, e.g. {@code RF-20}
 */
public record AutomatedContactStopped(long caseId, String ruleId) {
}
