package io.cureflow.compliance;

/** How CureFlow learned of a restriction. */
public enum RestrictionSource {
    /** The consumer told an agent, for example on a call. */
    AGENT,
    LETTER,
    INBOUND_SMS,
    INBOUND_EMAIL,
    /** The consumer said it on a call or in a voicemail, read from its transcript. */
    INBOUND_CALL,
    /** In the creditor's file at placement. */
    INTAKE,
    API
}
