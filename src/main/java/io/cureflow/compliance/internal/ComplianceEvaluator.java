package io.cureflow.compliance.internal;

import io.cureflow.compliance.ComplianceDecision.Verdict;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Asks every rule about a contact. One block blocks the contact. The contact is allowed again at the latest of the
 * blocking rules' earliest instants, provided every rule agrees at that instant; if a rule blocks there, the search
 * moves on to its own earliest instant. A permanent block, or a search that does not settle, leaves no next instant.
 */
@Component
class ComplianceEvaluator {

    private static final int MAX_ROUNDS = 16;

    private final List<ComplianceRule> rules;

    ComplianceEvaluator(List<ComplianceRule> rules) {
        this.rules = List.copyOf(rules);
    }

    Evaluation evaluate(ContactContext context) {
        List<RuleOutcome> outcomes = apply(context);
        List<RuleResult> blocks = blocks(outcomes);
        if (blocks.isEmpty()) {
            return new Evaluation(Verdict.ALLOW, outcomes, null, false);
        }
        Instant next = nextAllowed(context, blocks);
        boolean stopsAutomation = next == null && blocks.stream().anyMatch(RuleResult::stopsAutomation);
        return new Evaluation(Verdict.BLOCK, outcomes, next, stopsAutomation);
    }

    private Instant nextAllowed(ContactContext context, List<RuleResult> firstBlocks) {
        Instant candidate = context.at();
        List<RuleResult> blocks = firstBlocks;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (blocks.stream().anyMatch(RuleResult::permanent)) {
                return null;
            }
            Instant latest = blocks.stream().map(RuleResult::earliestAllowedAt).max(Comparator.naturalOrder())
                    .orElseThrow();
            if (!latest.isAfter(candidate)) {
                return null;
            }
            candidate = latest;
            blocks = blocks(apply(context.at(candidate)));
            if (blocks.isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    private List<RuleOutcome> apply(ContactContext context) {
        return rules.stream().map(rule -> new RuleOutcome(rule.id(), rule.citation(), rule.evaluate(context))).toList();
    }

    private static List<RuleResult> blocks(List<RuleOutcome> outcomes) {
        return outcomes.stream().map(RuleOutcome::result).filter(RuleResult::blocked).toList();
    }

    record RuleOutcome(String ruleId, String citation, RuleResult result) {
    }

    record Evaluation(Verdict verdict, List<RuleOutcome> outcomes, Instant nextAllowedAt, boolean stopsAutomation) {
    }
}
