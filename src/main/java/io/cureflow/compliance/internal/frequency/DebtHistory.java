package io.cureflow.compliance.internal.frequency;

import java.time.Instant;
import java.util.List;

/**
 * What the ledger holds about one person's one debt around one instant: the counted calls and conversations (calls to
 * numbers found not to be the person's already left out) and the consents.
 */
record DebtHistory(List<DebtCall> calls, List<CallConsent> consents) {

    DebtHistory {
        calls = List.copyOf(calls);
        consents = List.copyOf(consents);
    }

    /** The window the rules need around {@code at}: days of the longest period, a day either side for zones. */
    static Instant from(Instant at, FrequencyProperties properties) {
        return at.minus(java.time.Duration.ofDays(Math.max(properties.windowDays(), properties.cooldownDays()) + 2L));
    }

    static Instant to(Instant at) {
        return at.plus(java.time.Duration.ofDays(2));
    }
}
