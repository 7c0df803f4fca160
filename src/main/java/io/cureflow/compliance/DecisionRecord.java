package io.cureflow.compliance;

import java.time.Instant;
import java.util.List;

/**
 * A stored compliance decision with the inputs it was made on and what every rule said: the answer to "why was this
 * call allowed on Tuesday at 8:05?". The contact point is masked.
 *
 * @param inResponseTo the consumer's inbound contact the proposal said it answered, or null
 */
public record DecisionRecord(long decisionId, long caseId, Channel channel, String contactPointMasked,
                             Instant contactAt, Long inResponseTo, Instant evaluatedAt,
                             ComplianceDecision.Verdict verdict,
                             Instant nextAllowedAt, boolean stopsAutomation, Location location,
                             List<RuleRecord> rules) {

    public DecisionRecord {
        rules = List.copyOf(rules);
    }

    /** Where the consumer might have been, as CureFlow's information told at the time. */
    public record Location(String statedTimeZone, String state, String zip, List<String> addressZones,
                           List<String> phoneZones, List<String> candidateZones, boolean fallback) {
    }

    /** One rule's answer; {@code detail} holds the values it looked at. */
    public record RuleRecord(String rule, String citation, boolean blocked, String message, String detail,
                             Instant earliestAllowedAt) {
    }
}
