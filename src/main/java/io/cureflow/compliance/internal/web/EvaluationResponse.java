package io.cureflow.compliance.internal.web;

import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ComplianceReason;

import java.time.Instant;
import java.util.List;

/**
 * @param decisionId   the stored decision; link a contact attempt to it, or ask for its full record
 * @param nextAllowedAt for a BLOCK that waiting cures, the earliest moment the contact is allowed
 */
record EvaluationResponse(long decisionId, String decision, List<ComplianceReason> reasons, Instant nextAllowedAt,
                          boolean stopsAutomation) {

    static EvaluationResponse of(ComplianceDecision decision) {
        return new EvaluationResponse(decision.decisionId(), decision.verdict().name(), decision.reasons(),
                decision.nextAllowedAt(), decision.stopsAutomation());
    }
}
