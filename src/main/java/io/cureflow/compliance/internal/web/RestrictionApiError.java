package io.cureflow.compliance.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The body of every error of the restriction and revocation APIs, in the house style of the intake API.
 *
 * @param errors every problem of a 400; {@code field} and {@code message} repeat the first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RestrictionApiError(String error, String field, String message, List<FieldMessage> errors) {

    record FieldMessage(String field, String message) {
    }

    static RestrictionApiError of(String error, String field, String message) {
        return new RestrictionApiError(error, field, message, null);
    }

    static RestrictionApiError of(String error, List<FieldMessage> problems) {
        FieldMessage first = problems.get(0);
        return new RestrictionApiError(error, first.field(), first.message(), List.copyOf(problems));
    }
}
