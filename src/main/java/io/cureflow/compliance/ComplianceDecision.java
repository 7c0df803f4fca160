package io.cureflow.compliance;

import java.time.Instant;
import java.util.List;

/**
 * @param nextAllowedAt for a BLOCK that waiting cures, the earliest moment the contact is allowed; null otherwise
 */
public record ComplianceDecision(long decisionId, Verdict verdict, List<ComplianceReason> reasons,
                                 Instant nextAllowedAt) {

    public enum Verdict { ALLOW, BLOCK }

    public boolean allowed() {
        return verdict == Verdict.ALLOW;
    }
}
