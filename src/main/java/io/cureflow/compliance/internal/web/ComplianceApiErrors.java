package io.cureflow.compliance.internal.web;

import io.cureflow.compliance.UnknownDecisionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

@RestControllerAdvice(assignableTypes = EvaluationController.class)
class ComplianceApiErrors {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ComplianceApiError invalidRequest(InvalidComplianceRequestException e) {
        return e.error();
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ComplianceApiError unknownAccount(UnknownAccountIdException e) {
        return ComplianceApiError.of("unknown_account", "accountId", "There is no account with this id");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ComplianceApiError unknownDecision(UnknownDecisionException e) {
        return ComplianceApiError.of("unknown_decision", "decisionId", "There is no compliance decision with this id");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ComplianceApiError noOpenCase(NoOpenCaseException e) {
        return ComplianceApiError.of("no_open_case", "accountId",
                "The account has no open collection case; CureFlow makes no contact about it");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ComplianceApiError unreadableBody(HttpMessageNotReadableException e) {
        return ComplianceApiError.of("invalid_request", null, "The request body is not valid JSON for this endpoint");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ComplianceApiError badParameter(MethodArgumentTypeMismatchException e) {
        return ComplianceApiError.of("invalid_request", e.getName(), e.getName() + " is not valid");
    }
}
