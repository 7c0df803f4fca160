package io.cureflow.account.internal.intake;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

@RestControllerAdvice(assignableTypes = {ImportController.class, AccountController.class})
class IntakeApiErrors {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError unusableFile(ImportFileException e) {
        return ApiError.of(e.failure().code(), "file", e.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError invalidRequest(InvalidIntakeException e) {
        return e.error();
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError unreadableBody(HttpMessageNotReadableException e) {
        return ApiError.of("invalid_request", null, "The request body is not valid JSON for this endpoint");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError badParameter(MethodArgumentTypeMismatchException e) {
        return ApiError.of("invalid_request", e.getName(), e.getName() + " is not valid");
    }
}
