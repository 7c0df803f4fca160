package io.cureflow.compliance.internal.web;

import io.cureflow.compliance.internal.web.ComplianceApiError.FieldMessage;

import java.util.List;

/** A request to the compliance API with one or more bad fields; nothing was stored. */
class InvalidComplianceRequestException extends RuntimeException {

    private final List<FieldMessage> problems;

    InvalidComplianceRequestException(List<FieldMessage> problems) {
        super("invalid compliance request: " + problems.stream().map(FieldMessage::field).toList());
        this.problems = List.copyOf(problems);
    }

    ComplianceApiError error() {
        return ComplianceApiError.invalid(problems);
    }
}
