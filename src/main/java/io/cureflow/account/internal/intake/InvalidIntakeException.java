package io.cureflow.account.internal.intake;

/** A JSON intake request broke the rules; the error names every field (by path) and never repeats a value. */
class InvalidIntakeException extends RuntimeException {

    private final transient ApiError error;

    InvalidIntakeException(ApiError error) {
        super(error.message());
        this.error = error;
    }

    ApiError error() {
        return error;
    }
}
