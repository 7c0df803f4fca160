package io.cureflow.understanding.internal.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(assignableTypes = ClassifyController.class)
class UnderstandingApiErrors {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    UnderstandingApiError invalidRequest(InvalidClassifyRequestException e) {
        return e.error();
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    UnderstandingApiError unreadableBody(HttpMessageNotReadableException e) {
        return UnderstandingApiError.of("invalid_request", null,
                "The request body is not valid JSON for this endpoint");
    }
}
