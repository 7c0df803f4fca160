package io.cureflow.compliance.internal.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The body of a new restriction. Values stay text here so that each bad one is reported with its field's name. */
record RestrictionRequest(
        @Schema(description = "CureFlow id of the account", example = "42") Long accountId,
        @Schema(example = "INCONVENIENT_TIME") String kind,
        @Schema(description = "Cover every debt of the borrower (kinds about the person always do)")
        Boolean allDebts,
        @Schema(description = "SMS, EMAIL, CALL or VOICEMAIL; omitted for every channel") String channel,
        @Schema(description = "The phone number or email address; omitted for all of them") String contactPoint,
        @Schema(description = "Inconvenient from this local time (HH:mm)", example = "15:00") String from,
        @Schema(description = "Inconvenient until this local time (HH:mm), exclusive", example = "17:00")
        String until,
        @Schema(example = "[\"MONDAY\", \"TUESDAY\"]") List<String> daysOfWeek,
        @Schema(description = "Ends by itself at this instant (ISO-8601 with offset)") String activeUntil,
        @Schema(description = "AGENT, LETTER, INBOUND_SMS, INBOUND_EMAIL, INBOUND_CALL, INTAKE or API; API when omitted")
        String source,
        String note) {
}
