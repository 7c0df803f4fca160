package io.cureflow.account;

import java.time.Instant;

/**
 * Where a case stands today.
 *
 * @param nextStageAt when the next stage begins if nothing is paid (start of that day in the business zone); null when
 *                    there is no next stage or the account is current
 */
public record DelinquencyAssessment(long caseId, int daysPastDue, DelinquencyStage stage, boolean current,
                                    Instant nextStageAt) {
}
