package io.cureflow.compliance;

import java.util.Optional;

/** Reads stored compliance decisions back, for audits and for the people who explain them. */
public interface ComplianceDecisions {

    Optional<DecisionRecord> find(long decisionId);
}
