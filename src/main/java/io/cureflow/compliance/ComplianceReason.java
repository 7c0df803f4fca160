package io.cureflow.compliance;

/** One rule that blocked a contact: its id, the law it comes from, and a sentence a person can read. */
public record ComplianceReason(String rule, String citation, String message) {
}
