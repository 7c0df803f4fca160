package io.cureflow.compliance;

/**
 * Whom a call reached. Calls to anyone but the consumer are excluded from the call frequencies of Reg F
 * §1006.14(b)(3)(iii), which names the persons of §1006.6(d)(1)(ii) through (vi).
 */
public enum CallRecipient {
    CONSUMER,
    CONSUMER_ATTORNEY,
    CREDITOR,
    CREDITOR_ATTORNEY,
    COLLECTOR_ATTORNEY,
    CONSUMER_REPORTING_AGENCY
}
