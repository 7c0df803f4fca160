package io.cureflow.compliance;

import java.time.Instant;

/** A contact attempt as the ledger keeps it. */
public record ContactAttempt(long attemptId, long caseId, Channel channel, String outcome, Long decisionId,
                             Instant at) {
}
