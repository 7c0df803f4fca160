package io.cureflow.compliance.internal.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** A TCPA consent revocation heard or read outside an SMS reply: on a call, in an email, in a letter. */
record RevocationRequest(
        @Schema(description = "CureFlow id of the account", example = "42") Long accountId,
        @Schema(description = "The phone number whose consent ends") String contactPoint,
        @Schema(description = "AGENT, LETTER, INBOUND_EMAIL, INBOUND_CALL or API; AGENT when omitted") String source,
        String note) {
}
