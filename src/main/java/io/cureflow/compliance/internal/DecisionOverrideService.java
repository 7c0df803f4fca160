package io.cureflow.compliance.internal;

import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ComplianceDecision.Verdict;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.UnknownDecisionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A supervisor lifts a block for one contact (catalogue E1): only when every blocking rule of the decision is
 * overridable, with a rebuttal reason. The answer is a new ALLOW decision with the same inputs, stored like any other;
 * its rule results say which block was overridden, by whom and why.
 */
@Service
public class DecisionOverrideService {

    private final DecisionRepository decisions;
    private final DecisionOverrideRepository overrides;
    private final ComplianceMessages messages;
    private final Set<String> overridableRules;
    private final Clock clock;

    DecisionOverrideService(DecisionRepository decisions, DecisionOverrideRepository overrides,
                            ComplianceMessages messages, List<ComplianceRule> rules, Clock clock) {
        this.decisions = decisions;
        this.overrides = overrides;
        this.messages = messages;
        this.overridableRules = rules.stream().filter(ComplianceRule::overridable).map(ComplianceRule::id)
                .collect(Collectors.toUnmodifiableSet());
        this.clock = clock;
    }

    public record Overridden(long overrideId, long overriddenDecisionId, ComplianceDecision decision,
                             List<ComplianceReason> overriddenReasons) {
    }

    @Transactional
    public Overridden override(long decisionId, OverrideReason reason, String note, String approvedBy) {
        Objects.requireNonNull(reason, "reason");
        DecisionEntity blocked = decisions.findById(decisionId)
                .orElseThrow(() -> new UnknownDecisionException(decisionId));
        if (blocked.getVerdict() != Verdict.BLOCK) {
            throw new NotOverridableException("Decision " + decisionId + " did not block the contact");
        }
        List<String> notOverridable = blocked.getResults().stream().filter(StoredRuleResult::blocked)
                .map(StoredRuleResult::ruleId).filter(rule -> !overridableRules.contains(rule)).distinct()
                .toList();
        if (!notOverridable.isEmpty()) {
            throw new NotOverridableException("Decision " + decisionId + " was blocked by " + notOverridable
                    + ", which no override lifts; only " + overridableRules.stream().sorted().toList() + " may be");
        }
        if (overrides.existsByDecisionId(decisionId)) {
            throw new NotOverridableException("Decision " + decisionId + " was overridden already");
        }
        Instant now = clock.instant();
        String message = messages.get("compliance.rule.frequency.overridden", approvedBy, reason.name(),
                messages.get("compliance.rule.frequency.override.reason." + reason.name()));
        String detail = "overrides decision " + decisionId + "; reason " + reason + "; by " + approvedBy;
        List<ComplianceReason> lifted = blocked.toDecision().reasons();
        DecisionEntity allow = decisions.save(DecisionEntity.overriding(blocked, message, detail, now));
        long overrideId = overrides.save(new DecisionOverrideEntity(decisionId, allow.getId(), reason, note,
                approvedBy, now)).getId();
        List<ComplianceReason> reasons = allow.getResults().stream().filter(r -> r.message() != null)
                .map(StoredRuleResult::toReason).toList();
        ComplianceDecision decision = new ComplianceDecision(allow.getId(), Verdict.ALLOW, reasons, null, false);
        return new Overridden(overrideId, decisionId, decision, lifted);
    }
}
