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
        String at,
        @Schema(description = "optional: the attemptId of the borrower's own inbound call, text or email (as "
                + "recorded by POST /api/v1/contact-attempts or an inbound reply) that this contact answers. Reg F "
                + "allows one response to it at a time or place the borrower ruled out, through a medium the borrower "
                + "closed, or while an attorney represents the borrower (comments 6(b)(1)-2, 6(b)(2)-1; "
                + "1006.14(h)(2)(ii)); every other rule still applies", example = "5012", type = "integer")
        JsonNode inResponseTo) {
}
