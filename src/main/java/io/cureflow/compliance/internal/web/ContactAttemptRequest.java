package io.cureflow.compliance.internal.web;

import java.util.List;

/** The body of {@code POST /api/v1/contact-attempts}; enums and instants stay text so every bad field can be named. */
record ContactAttemptRequest(List<Long> accountIds, String channel, String direction, String contactPoint, String at,
                             String outcome, String recipient, Long decisionId, List<Long> discussedAccountIds) {
}
