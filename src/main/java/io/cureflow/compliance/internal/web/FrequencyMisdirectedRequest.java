package io.cureflow.compliance.internal.web;

/**
 * The body of {@code POST /api/v1/compliance/misdirected-numbers}: the number is not the account's borrower's.
 *
 * @param learnedAt when CureFlow learned it, ISO-8601 with an offset; now when absent
 */
record FrequencyMisdirectedRequest(Long accountId, String contactPoint, String learnedAt) {
}
