package io.cureflow.compliance;

import java.util.List;

/** What the content guardrail found in one message: nothing, or the violations that keep it from being sent. */
public record GuardrailVerdict(List<ComplianceReason> violations) {

    public GuardrailVerdict {
        violations = List.copyOf(violations);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    public List<String> ruleIds() {
        return violations.stream().map(ComplianceReason::rule).distinct().toList();
    }
}
