package io.cureflow.compliance.internal;

import java.time.Instant;
import java.util.Objects;

/**
 * What one rule says about one contact.
 *
 * @param message           for a block, the sentence a person reads; null for a pass
 * @param earliestAllowedAt for a block that waiting cures, the first moment this rule would allow; null when permanent
 * @param detail            the values the rule looked at, kept with the decision for the audit trail
 * @param stopsAutomation   for a permanent block, true when it closes every automated channel of the case (a stop such
 *                          as a cease request or a bankruptcy), false when it closes only this channel or address
 */
public record RuleResult(boolean blocked, String message, Instant earliestAllowedAt, String detail,
                         boolean stopsAutomation) {

    public RuleResult {
        if (blocked) {
            Objects.requireNonNull(message, "a block needs a message");
        }
        if (stopsAutomation && (!blocked || earliestAllowedAt != null)) {
            throw new IllegalArgumentException("only a permanent block stops automation");
        }
    }

    public static RuleResult pass(String detail) {
        return new RuleResult(false, null, null, detail, false);
    }

    public static RuleResult blockUntil(String message, Instant earliestAllowedAt, String detail) {
        return new RuleResult(true, message, Objects.requireNonNull(earliestAllowedAt), detail, false);
    }

    /** Closes this channel or contact point for good; the journey may try another channel. */
    public static RuleResult blockPermanently(String message, String detail) {
        return new RuleResult(true, message, null, detail, false);
    }

    /** Closes every automated channel of the case until a person lifts the stop. */
    public static RuleResult stopAutomation(String message, String detail) {
        return new RuleResult(true, message, null, detail, true);
    }

    public boolean permanent() {
        return blocked && earliestAllowedAt == null;
    }
}
