package io.cureflow.compliance.internal;

import io.cureflow.compliance.ComplianceDecisions;
import io.cureflow.compliance.DecisionRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Service
class DecisionRecords implements ComplianceDecisions {

    private final DecisionRepository decisions;

    DecisionRecords(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DecisionRecord> find(long decisionId) {
        return decisions.findWithResultsById(decisionId).map(DecisionRecords::toRecord);
    }

    private static DecisionRecord toRecord(DecisionEntity decision) {
        var location = new DecisionRecord.Location(decision.getStatedTimeZone(), decision.getConsumerState(),
                decision.getConsumerZip(), zones(decision.getAddressZones()), zones(decision.getPhoneZones()),
                zones(decision.getCandidateZones()), decision.isLocationFallback());
        List<DecisionRecord.RuleRecord> rules = decision.getResults().stream()
                .map(result -> new DecisionRecord.RuleRecord(result.ruleId(), result.citation(),
                        result.blocked(), result.message(), result.detail(), result.earliestAllowedAt()))
                .toList();
        return new DecisionRecord(decision.getId(), decision.getCaseId(), decision.getChannel(),
                ContactPointMask.mask(decision.getContactPoint()), decision.getContactAt(),
                decision.getInResponseTo(), decision.getEvaluatedAt(), decision.getVerdict(),
                decision.getNextAllowedAt(), decision.isStopsAutomation(), location, rules);
    }

    private static List<String> zones(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
