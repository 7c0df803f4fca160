package io.cureflow.understanding.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The body of every 400 of the understanding API.
 *
 * @param errors every problem; {@code field} and {@code message} repeat the first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UnderstandingApiError(String error, String field, String message, List<FieldMessage> errors) {

    record FieldMessage(String field, String message) {
    }

    static UnderstandingApiError invalid(List<FieldMessage> problems) {
        FieldMessage first = problems.get(0);
        return new UnderstandingApiError("invalid_request", first.field(), first.message(), List.copyOf(problems));
    }

    static UnderstandingApiError of(String error, String field, String message) {
        return new UnderstandingApiError(error, field, message, null);
    }
}
