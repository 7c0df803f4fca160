package io.cureflow.outreach.internal.compose.llm;

/** The model's message cannot be used; the reason is a code, safe to log. */
final class RejectedText extends RuntimeException {

    enum Reason {
        MALFORMED_JSON, EMPTY_BODY, NO_SUBJECT, UNKNOWN_PLACEHOLDER, MISSING_AMOUNT_OR_LINK, INVENTED_NUMBER,
        INVENTED_CONTACT, TOO_LONG
    }

    private final Reason reason;

    RejectedText(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
