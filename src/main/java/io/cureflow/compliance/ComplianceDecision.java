package io.cureflow.compliance;

import java.time.Instant;
import java.util.List;

/**
 * What the gate said about one proposed contact.
 *
 * @param nextAllowedAt    for a BLOCK that waiting cures, the earliest moment the contact is allowed; null otherwise
 * @param stopsAutomation  for a permanent BLOCK, true when no automated contact on any channel may follow (a cease
 *                         request, an attorney, a bankruptcy...): the journey hands the case to a person; false when
 *                         only this channel or contact point is closed and the journey may try another
 */
public record ComplianceDecision(long decisionId, Verdict verdict, List<ComplianceReason> reasons,
                                 Instant nextAllowedAt, boolean stopsAutomation) {

    public enum Verdict { ALLOW, BLOCK }

    public ComplianceDecision {
        reasons = List.copyOf(reasons);
    }

    public boolean allowed() {
        return verdict == Verdict.ALLOW;
    }

    /** A BLOCK that no waiting cures. */
    public boolean permanent() {
        return verdict == Verdict.BLOCK && nextAllowedAt == null;
    }
}
