package io.cureflow.compliance.internal.web;

import java.util.List;

/** A request with one or more bad fields; nothing was written. */
class FrequencyRequestException extends RuntimeException {

    private final List<ComplianceApiError.FieldMessage> problems;

    FrequencyRequestException(List<ComplianceApiError.FieldMessage> problems) {
        super(problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    List<ComplianceApiError.FieldMessage> problems() {
        return problems;
    }
}
