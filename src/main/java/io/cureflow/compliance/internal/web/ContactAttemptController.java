package io.cureflow.compliance.internal.web;

import io.cureflow.compliance.AttemptRecord;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.RecordedAttempt;
import io.cureflow.compliance.UnknownDecisionException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/contact-attempts")
@Tag(name = "Contact attempts", description = "Attempts made outside the journey, counted by the call frequencies")
class ContactAttemptController {

    private final ContactAttemptValidator validator;
    private final ContactLedger ledger;

    ContactAttemptController(ContactAttemptValidator validator, ContactLedger ledger) {
        this.validator = validator;
        this.ledger = ledger;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a manual or inbound attempt and the debts it counts toward (Reg F 1006.14(b))")
    ContactAttemptResponse record(@RequestBody ContactAttemptRequest request) {
        AttemptRecord attempt = validator.validate(request);
        RecordedAttempt recorded;
        try {
            recorded = ledger.record(attempt);
        } catch (UnknownDecisionException e) {
            throw new FrequencyRequestException(List.of(new ComplianceApiError.FieldMessage("decisionId",
                    "no compliance decision " + attempt.decisionId())));
        }
        return new ContactAttemptResponse(recorded.attemptId(), attempt.caseId(), attempt.borrowerId(),
                recorded.allocations());
    }
}
