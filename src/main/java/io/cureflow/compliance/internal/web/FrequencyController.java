package io.cureflow.compliance.internal.web;

import io.cureflow.account.AccountView;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.internal.frequency.CallConsents;
import io.cureflow.compliance.internal.frequency.MisdirectedNumbers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@RestController
@RequestMapping("/api/v1/compliance")
@Tag(name = "Call frequency", description = "Prior consent to calls and numbers that are not the person's")
class FrequencyController {

    private final CaseService cases;
    private final CallConsents consents;
    private final MisdirectedNumbers misdirected;
    private final Clock clock;

    FrequencyController(CaseService cases, CallConsents consents, MisdirectedNumbers misdirected, Clock clock) {
        this.cases = cases;
        this.consents = consents;
        this.misdirected = misdirected;
        this.clock = clock;
    }

    record ConsentRecorded(long consentId, long accountId, Instant receivedAt, int days) {
    }

    record NumberReclassified(long id, long borrowerId, int attemptsExcluded) {
    }

    @PostMapping("/call-consents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record prior consent to further calls about one debt, given directly to CureFlow "
            + "(Reg F 1006.14(b)(3)(i))")
    ConsentRecorded consent(@RequestBody FrequencyConsentRequest request, Principal principal) {
        FrequencyFields fields = new FrequencyFields();
        Optional<AccountView> account = account(fields, request.accountId());
        Instant receivedAt = fields.instant("receivedAt", request.receivedAt(), false);
        if (request.days() != null && (request.days() < 1 || request.days() > consents.maxDays())) {
            fields.reject("days", "must be between 1 and " + consents.maxDays());
        }
        fields.throwIfAny();
        Instant received = receivedAt == null ? clock.instant() : receivedAt;
        int days = request.days() == null ? consents.maxDays() : request.days();
        long id = consents.record(account.orElseThrow().borrowerId(), request.accountId(), received, days,
                principal.getName());
        return new ConsentRecorded(id, request.accountId(), received, days);
    }

    @PostMapping("/call-consents/{consentId}/revocation")
    @Operation(summary = "The person took the consent back: calls count again from now")
    ResponseEntity<Void> revoke(@PathVariable long consentId) {
        return consents.revoke(consentId, clock.instant()) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    @PostMapping("/misdirected-numbers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A number is not the person's: calls to it stop counting toward the person "
            + "(comment 14(b)(2)(i)-3)")
    NumberReclassified misdirected(@RequestBody FrequencyMisdirectedRequest request, Principal principal) {
        FrequencyFields fields = new FrequencyFields();
        Optional<AccountView> account = account(fields, request.accountId());
        String number = null;
        if (request.contactPoint() == null || request.contactPoint().isBlank()) {
            fields.reject("contactPoint", "is required: the phone number that is not the person's");
        } else {
            number = fields.phone("contactPoint", request.contactPoint());
        }
        Instant learnedAt = fields.instant("learnedAt", request.learnedAt(), false);
        fields.throwIfAny();
        long borrowerId = account.orElseThrow().borrowerId();
        MisdirectedNumbers.Reclassified done = misdirected.record(borrowerId, number, learnedAt, principal.getName());
        return new NumberReclassified(done.id(), borrowerId, done.attemptsExcluded());
    }

    private Optional<AccountView> account(FrequencyFields fields, Long accountId) {
        if (accountId == null) {
            fields.reject("accountId", "is required");
            return Optional.empty();
        }
        Optional<AccountView> account = cases.findAccountById(accountId);
        if (account.isEmpty()) {
            fields.reject("accountId", "no account with id " + accountId);
        }
        return account;
    }
}
