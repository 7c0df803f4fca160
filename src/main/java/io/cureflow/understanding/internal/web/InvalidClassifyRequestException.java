package io.cureflow.understanding.internal.web;

import io.cureflow.understanding.internal.web.UnderstandingApiError.FieldMessage;

import java.util.List;

/** A classify request with one or more bad fields. */
class InvalidClassifyRequestException extends RuntimeException {

    private final List<FieldMessage> problems;

    InvalidClassifyRequestException(List<FieldMessage> problems) {
        super("invalid classify request: " + problems.stream().map(FieldMessage::field).toList());
        this.problems = List.copyOf(problems);
    }

    UnderstandingApiError error() {
        return UnderstandingApiError.invalid(problems);
    }
}
