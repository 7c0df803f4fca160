package io.cureflow.compliance.internal;

/**
 * Why a supervisor may lift a frequency block: the factors that may rebut the presumption of a violation in Reg F
 * comment 14(b)(2)(ii)-2. A deadline the collector controls (a "one-time" discount, comment 14(b)(2)(ii)-2.iv.C) is
 * not among them.
 */
public enum OverrideReason {
    /** .i: the call complies with or is required by applicable law, e.g. Reg X loss-mitigation outreach. */
    REQUIRED_BY_LAW,
    /** .ii: the call is directly related to active litigation about the debt. */
    ACTIVE_LITIGATION,
    /** .iii: the call answers the consumer's request for information when the consent exclusion did not apply. */
    CONSUMER_REQUESTED_INFORMATION,
    /** .iv: time is of the essence to avoid a demonstrably negative effect outside the collector's control. */
    TIME_SENSITIVE_NEGATIVE_EFFECT
}
