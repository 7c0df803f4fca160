package io.cureflow.workspace.internal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * JSON errors of the case API; the rejected value is not echoed, since a mistyped id may be personal data. Scoped to
 * the case API and ordered first, so an application-wide handler does not answer for it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = CaseApiController.class)
class CaseApiErrors {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ApiError notFound(CaseNotFoundException e) {
        return new ApiError("not_found", "id", e.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError badParameter(BadParameterException e) {
        return new ApiError("invalid_parameter", e.parameter(), e.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError typeMismatch(MethodArgumentTypeMismatchException e) {
        return new ApiError("invalid_parameter", e.getName(), e.getName() + " " + expected(e.getRequiredType()));
    }

    private static String expected(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        return "must be a whole number";
    }
}
