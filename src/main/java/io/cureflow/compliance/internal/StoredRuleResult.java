package io.cureflow.compliance.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.cureflow.compliance.ComplianceReason;

import java.time.Instant;

/**
 * One rule's answer as stored inside its decision. A decision keeps its rules' answers in one column, so storing an
 * evaluation is one insert however many rules there are. Absent values are left out of the stored JSON (most rules pass
 * with no message and no next instant), which reads back as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StoredRuleResult(int position, String ruleId, String citation, boolean blocked, String message, String detail,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant earliestAllowedAt,
                        boolean stopsAutomation) {

    static StoredRuleResult of(int position, ComplianceEvaluator.RuleOutcome outcome) {
        RuleResult result = outcome.result();
        return new StoredRuleResult(position, outcome.ruleId(), outcome.citation(), result.blocked(), result.message(),
                result.detail(), result.earliestAllowedAt(), result.stopsAutomation());
    }

    ComplianceReason toReason() {
        return new ComplianceReason(ruleId, citation, message);
    }
}
