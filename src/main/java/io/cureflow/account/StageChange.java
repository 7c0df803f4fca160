package io.cureflow.account;

import java.time.Instant;

public record StageChange(long caseId, DelinquencyStage from, DelinquencyStage to, int daysPastDue, Instant at) {
}
