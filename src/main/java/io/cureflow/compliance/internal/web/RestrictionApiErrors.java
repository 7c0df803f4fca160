package io.cureflow.compliance.internal.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.cureflow.account.UnknownAccountException;
import io.cureflow.compliance.InvalidRestrictionException;
import io.cureflow.compliance.RestrictionAlreadyLiftedException;
import io.cureflow.compliance.UnknownRestrictionException;
import io.cureflow.compliance.internal.ComplianceMessages;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;
import java.util.stream.Collectors;

@RestControllerAdvice(assignableTypes = {RestrictionController.class, RevocationController.class})
class RestrictionApiErrors {

    private static final String KEY = "compliance.restriction.error.";

    private final ComplianceMessages messages;

    RestrictionApiErrors(ComplianceMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    RestrictionApiError invalid(InvalidRestrictionException e) {
        return RestrictionApiError.of("invalid_request", e.problems().stream()
                .map(problem -> new RestrictionApiError.FieldMessage(problem.field(),
                        messages.get(problem.messageKey())))
                .toList());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    RestrictionApiError unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
            String message = fieldMessage(mapping.getPath().get(0).getFieldName());
            return RestrictionApiError.of("invalid_request", List.of(
                    new RestrictionApiError.FieldMessage(field, message)));
        }
        return RestrictionApiError.of("invalid_request", null, messages.get(KEY + "body"));
    }

    private String fieldMessage(String field) {
        try {
            return messages.get(KEY + field);
        } catch (NoSuchMessageException e) {
            return messages.get(KEY + "body");
        }
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    RestrictionApiError badParameter(MethodArgumentTypeMismatchException e) {
        return RestrictionApiError.of("invalid_request", List.of(
                new RestrictionApiError.FieldMessage(e.getName(), messages.get(KEY + e.getName()))));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    RestrictionApiError missingParameter(MissingServletRequestParameterException e) {
        return RestrictionApiError.of("invalid_request", List.of(
                new RestrictionApiError.FieldMessage(e.getParameterName(),
                        messages.get(KEY + e.getParameterName()))));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    RestrictionApiError unknownAccount(UnknownAccountException e) {
        return RestrictionApiError.of("not_found", "accountId", messages.get(KEY + "unknown.account"));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    RestrictionApiError unknownRestriction(UnknownRestrictionException e) {
        return RestrictionApiError.of("not_found", "id", messages.get(KEY + "unknown.restriction"));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    RestrictionApiError alreadyLifted(RestrictionAlreadyLiftedException e) {
        return RestrictionApiError.of("conflict", "id", messages.get(KEY + "lifted"));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.FORBIDDEN)
    RestrictionApiError forbidden(RestrictionLiftForbiddenException e) {
        return RestrictionApiError.of("forbidden", null, messages.get(KEY + "forbidden"));
    }
}
