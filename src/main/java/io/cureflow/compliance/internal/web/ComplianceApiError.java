package io.cureflow.compliance.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The body of every error answer of the compliance API.
 *
 * @param errors every problem of a 400; {@code field} and {@code message} repeat the first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplianceApiError(String error, String field, String message, List<FieldMessage> errors) {

    public record FieldMessage(String field, String message) {
    }

    public static ComplianceApiError of(String error, String field, String message) {
        return new ComplianceApiError(error, field, message, null);
    }

    static ComplianceApiError invalid(List<FieldMessage> problems) {
        return of("invalid_request", problems);
    }

    static ComplianceApiError of(String error, List<FieldMessage> problems) {
        FieldMessage first = problems.get(0);
        return new ComplianceApiError(error, first.field(), first.message(), List.copyOf(problems));
    }
}
