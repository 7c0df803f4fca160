package io.cureflow.compliance.internal.frequency;

import java.time.Instant;
import java.util.List;

/** The ledger as the frequency rules read it: bounded windows only. */
interface CallHistory {

    /** One person's one debt, around {@code at}; see {@link DebtHistory#from}. */
    DebtHistory debt(long borrowerId, long accountId, Instant at);

    /** The instants of calls placed to one number from {@code from} (inclusive) to {@code to} (exclusive). */
    List<Instant> placedCalls(String contactPoint, Instant from, Instant to);
}
