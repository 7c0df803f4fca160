package io.cureflow.compliance.internal.web;

import java.util.List;

/** A request with one or more bad fields; nothing was written. */
class FrequencyRequestException extends RuntimeException {

    private final List<FrequencyApiError.FieldMessage> problems;

    FrequencyRequestException(List<FrequencyApiError.FieldMessage> problems) {
        super(problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    List<FrequencyApiError.FieldMessage> problems() {
        return problems;
    }
}
