package io.cureflow.compliance.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

/** "May I contact this account now?" — read as loose JSON so that every bad field can be named. */
record EvaluationRequest(
        @Schema(description = "CureFlow account id", example = "1201", type = "integer") JsonNode accountId,
        @Schema(description = "CALL, SMS, EMAIL or VOICEMAIL", example = "CALL") String channel,
        @Schema(description = "phone number or email address to be used; optional", example = "+13125550123")
        String contactPoint,
        @Schema(description = "ISO-8601 date-time with offset; default now", example = "2026-03-03T08:05:00-05:00")
        String at) {
}
