package io.cureflow.compliance.internal.caps;

import java.util.Set;

/**
 * The ledger's outcome strings that did not reach anyone. Any other outcome, an unknown one included, counts toward
 * the caps: a cap that undercounts is the failure that matters.
 */
public final class LedgerOutcomes {

    /** Never left CureFlow: the gate blocked it or there was no number or address. Not even an attempt. */
    public static final Set<String> NOT_ATTEMPTED = Set.of("BLOCKED", "NO_CONTACT_POINT");

    /** Did not reach the consumer: not attempted, a failed send, a busy line, a number not in service. */
    public static final Set<String> NOT_CONTACTED = Set.of("BLOCKED", "NO_CONTACT_POINT", "FAILED", "BUSY",
            "NOT_IN_SERVICE");

    private LedgerOutcomes() {
    }
}
