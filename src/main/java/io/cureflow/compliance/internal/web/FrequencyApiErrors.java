package io.cureflow.compliance.internal.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.cureflow.compliance.UnknownDecisionException;
import io.cureflow.compliance.internal.NotOverridableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.stream.Collectors;

@RestControllerAdvice(assignableTypes = {ContactAttemptController.class, FrequencyController.class,
        OverrideController.class})
class FrequencyApiErrors {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ComplianceApiError invalid(FrequencyRequestException e) {
        return ComplianceApiError.invalid(e.problems());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ComplianceApiError unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return ComplianceApiError.of("invalid_request", field, field + " has the wrong type");
        }
        return ComplianceApiError.of("invalid_request", null, "The request body is not valid JSON for this endpoint");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ComplianceApiError unknownDecision(UnknownDecisionException e) {
        return ComplianceApiError.of("not_found", "decisionId", e.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ComplianceApiError notOverridable(NotOverridableException e) {
        return ComplianceApiError.of("not_overridable", "decisionId", e.getMessage());
    }
}
