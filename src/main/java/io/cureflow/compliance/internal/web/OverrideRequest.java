package io.cureflow.compliance.internal.web;

/** The body of {@code POST /api/v1/compliance/decisions/{decisionId}/override}. */
record OverrideRequest(String reason, String note) {
}
