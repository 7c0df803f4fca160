package io.cureflow.compliance.internal.web;

/**
 * The body of {@code POST /api/v1/compliance/call-consents}.
 *
 * @param receivedAt when CureFlow received the consent, ISO-8601 with an offset; now when absent
 * @param days       the consecutive days agreed, day of receipt = day 1; the longest allowed when absent
 */
record FrequencyConsentRequest(Long accountId, String receivedAt, Integer days) {
}
