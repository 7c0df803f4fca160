package io.cureflow.compliance.internal.frequency;

import java.time.Instant;

/** One allocation of a call to a debt, as the frequency rules count it. */
record DebtCall(Instant at, boolean countsAsCall, boolean conversation) {
}
