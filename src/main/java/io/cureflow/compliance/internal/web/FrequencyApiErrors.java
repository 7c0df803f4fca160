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
    FrequencyApiError invalid(FrequencyRequestException e) {
        return FrequencyApiError.invalid(e.problems());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    FrequencyApiError unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return FrequencyApiError.of("invalid_request", field, field + " has the wrong type");
        }
        return FrequencyApiError.of("invalid_request", null, "The request body is not valid JSON for this endpoint");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    FrequencyApiError unknownDecision(UnknownDecisionException e) {
        return FrequencyApiError.of("not_found", "decisionId", e.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    FrequencyApiError notOverridable(NotOverridableException e) {
        return FrequencyApiError.of("not_overridable", "decisionId", e.getMessage());
    }
}
