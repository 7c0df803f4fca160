package io.cureflow.compliance.internal.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.cureflow.account.UnknownAccountException;
import io.cureflow.compliance.InvalidRestrictionException;
import io.cureflow.compliance.RestrictionAlreadyLiftedException;
import io.cureflow.compliance.UnknownRestrictionException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

@RestControllerAdvice(assignableTypes = {RestrictionController.class, RevocationController.class})
class RestrictionApiErrors {

    private static final String KEY = "compliance.restriction.error.";

    private final MessageSource messages;

    // the application's message source, not the compliance module's own, so that web slices can build this advice
    RestrictionApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ComplianceApiError invalid(InvalidRestrictionException e) {
        return ComplianceApiError.of("invalid_request", e.problems().stream()
                .map(problem -> new ComplianceApiError.FieldMessage(problem.field(),
                        text(problem.messageKey())))
                .toList());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ComplianceApiError unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
            String message = fieldMessage(mapping.getPath().get(0).getFieldName());
            return ComplianceApiError.of("invalid_request", List.of(
                    new ComplianceApiError.FieldMessage(field, message)));
        }
        return ComplianceApiError.of("invalid_request", null, text(KEY + "body"));
    }

    private String fieldMessage(String field) {
        try {
            return text(KEY + field);
        } catch (NoSuchMessageException e) {
            return text(KEY + "body");
        }
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ComplianceApiError badParameter(MethodArgumentTypeMismatchException e) {
        return ComplianceApiError.of("invalid_request", List.of(
                new ComplianceApiError.FieldMessage(e.getName(), text(KEY + e.getName()))));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ComplianceApiError missingParameter(MissingServletRequestParameterException e) {
        return ComplianceApiError.of("invalid_request", List.of(
                new ComplianceApiError.FieldMessage(e.getParameterName(),
                        text(KEY + e.getParameterName()))));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ComplianceApiError unknownAccount(UnknownAccountException e) {
        return ComplianceApiError.of("not_found", "accountId", text(KEY + "unknown.account"));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ComplianceApiError unknownRestriction(UnknownRestrictionException e) {
        return ComplianceApiError.of("not_found", "id", text(KEY + "unknown.restriction"));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ComplianceApiError alreadyLifted(RestrictionAlreadyLiftedException e) {
        return ComplianceApiError.of("conflict", "id", text(KEY + "lifted"));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ComplianceApiError forbidden(RestrictionLiftForbiddenException e) {
        return ComplianceApiError.of("forbidden", null, text(KEY + "forbidden"));
    }
}
