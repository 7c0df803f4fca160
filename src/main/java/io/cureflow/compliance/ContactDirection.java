package io.cureflow.compliance;

/** Who started a contact: CureFlow (outbound) or the borrower (inbound). */
public enum ContactDirection {
    OUTBOUND,
    INBOUND
}
