package io.cureflow.compliance.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The body of a 400, 404 or 409 of the contact-attempt, consent, misdirected-number and override endpoints, shaped as
 * the intake API's errors.
 *
 * @param errors every problem; {@code field} and {@code message} repeat the first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FrequencyApiError(String error, String field, String message, List<FieldMessage> errors) {

    record FieldMessage(String field, String message) {
    }

    static FrequencyApiError of(String error, String field, String message) {
        return new FrequencyApiError(error, field, message, null);
    }

    static FrequencyApiError invalid(List<FieldMessage> problems) {
        FieldMessage first = problems.get(0);
        return new FrequencyApiError("invalid_request", first.field(), first.message(), List.copyOf(problems));
    }
}
