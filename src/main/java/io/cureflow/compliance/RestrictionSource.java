package io.cureflow.compliance;

/** How CureFlow learned of a restriction. */
public enum RestrictionSource {
    /** The consumer told an agent, for example on a call. */
    AGENT,
    LETTER,
    INBOUND_SMS,
    INBOUND_EMAIL,
    /** In the creditor's file at placement. */
    INTAKE,
    API
}
