package io.cureflow.understanding.internal.llm;

/** The model's answer cannot be used; the reason is a code, safe to log, never the text. */
final class RejectedAnswer extends RuntimeException {

    enum Reason {
        MALFORMED_JSON, UNKNOWN_INTENT, MISSING_CATEGORY, UNKNOWN_CATEGORY, CATEGORY_WITHOUT_HARDSHIP,
        BAD_CONFIDENCE, NO_EVIDENCE, EVIDENCE_NOT_IN_TEXT, PRECEDENCE_BROKEN, BAD_PROMISE, BAD_LANGUAGE
    }

    private final Reason reason;

    RejectedAnswer(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
