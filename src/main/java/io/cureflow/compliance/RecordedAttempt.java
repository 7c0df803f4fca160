package io.cureflow.compliance;

import java.util.List;

/** A recorded attempt and what it counts toward, one allocation per debt. */
public record RecordedAttempt(long attemptId, List<DebtAllocation> allocations) {

    public RecordedAttempt {
        allocations = List.copyOf(allocations);
    }

    /**
     * @param countsAsCall true when the attempt counts toward the seven calls in seven days of this debt
     * @param conversation true when it was a telephone conversation about this debt, which starts its seven-day period
     */
    public record DebtAllocation(long accountId, boolean countsAsCall, boolean conversation) {
    }
}
