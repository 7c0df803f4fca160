package io.cureflow.payment.internal;

import io.cureflow.account.UnknownAccountException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(assignableTypes = PaymentController.class)
class PaymentApiErrors {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> invalid(InvalidPaymentException e) {
        return body("invalid_request", e.field(), e.getMessage());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> unreadable(HttpMessageNotReadableException e) {
        return body("invalid_request", null, "The request body is not valid JSON for a payment");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Map<String, String> unknownAccount(UnknownAccountException e) {
        return body("unknown_account", "accountId", "No account has this accountId");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, String> conflict(PaymentConflictException e) {
        return body("duplicate_reference", "externalReference", e.getMessage());
    }

    private static Map<String, String> body(String error, String field, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("field", field);
        body.put("message", message);
        return body;
    }
}
