package io.cureflow.compliance.internal;

import java.time.Instant;
import java.util.Objects;

/**
 * What one rule says about one contact.
 *
 * @param message           for a block, the sentence a person reads; null for a pass
 * @param earliestAllowedAt for a block that waiting cures, the first moment this rule would allow; null when permanent
 * @param detail            the values the rule looked at, kept with the decision for the audit trail
 */
public record RuleResult(boolean blocked, String message, Instant earliestAllowedAt, String detail) {

    public RuleResult {
        if (blocked) {
            Objects.requireNonNull(message, "a block needs a message");
        }
    }

    public static RuleResult pass(String detail) {
        return new RuleResult(false, null, null, detail);
    }

    public static RuleResult blockUntil(String message, Instant earliestAllowedAt, String detail) {
        return new RuleResult(true, message, Objects.requireNonNull(earliestAllowedAt), detail);
    }

    public static RuleResult blockPermanently(String message, String detail) {
        return new RuleResult(true, message, null, detail);
    }

    public boolean permanent() {
        return blocked && earliestAllowedAt == null;
    }
}
