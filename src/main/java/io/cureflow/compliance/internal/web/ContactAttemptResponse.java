package io.cureflow.compliance.internal.web;

import io.cureflow.compliance.RecordedAttempt.DebtAllocation;

import java.util.List;

/** The recorded attempt and the debts it counts toward. */
record ContactAttemptResponse(long attemptId, long caseId, long borrowerId, List<DebtAllocation> countsToward) {
}
