package io.cureflow.outreach.internal;

/** The case does not exist, or the borrower has no conversation to reply to. */
class UnknownReplyTargetException extends RuntimeException {

    private final String field;

    UnknownReplyTargetException(String field) {
        super("No conversation for this " + field);
        this.field = field;
    }

    String field() {
        return field;
    }
}
