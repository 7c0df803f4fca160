package io.cureflow.account.internal.intake;

import io.cureflow.account.internal.AccountData;
import io.cureflow.account.internal.AccountIntake;
import io.cureflow.account.internal.BorrowerData;
import io.cureflow.account.internal.IntakeItem;
import io.cureflow.account.internal.IntakeOutcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Creates or updates one borrower with their accounts; 201 when anything was created, 200 when all existed. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountController {

    private final IntakeValidator validator;
    private final AccountIntake intake;

    AccountController(IntakeValidator validator, AccountIntake intake) {
        this.validator = validator;
        this.intake = intake;
    }

    @PostMapping
    ResponseEntity<BorrowerAccountsResponse> createOrUpdate(@RequestBody BorrowerAccountsRequest request) {
        List<IntakeItem> items = validate(request);
        List<IntakeOutcome> outcomes = intake.store(items);
        boolean created = outcomes.stream().anyMatch(IntakeOutcome::created);
        var body = new BorrowerAccountsResponse(items.get(0).borrower().externalId(),
                outcomes.stream()
                        .map(o -> new BorrowerAccountsResponse.StoredAccount(o.accountExternalId(), o.accountId(),
                                o.created(), o.openedCaseId()))
                        .toList(),
                outcomes.stream().map(IntakeOutcome::openedCaseId).filter(Objects::nonNull).toList());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(body);
    }

    private List<IntakeItem> validate(BorrowerAccountsRequest request) {
        List<ApiError.FieldMessage> errors = new ArrayList<>();
        List<FieldProblem> borrowerProblems = new ArrayList<>();
        BorrowerData borrower = validator.borrower(request::value, borrowerProblems);
        borrowerProblems.forEach(problem -> errors.add(message("", problem)));
        List<AccountData> accounts = new ArrayList<>();
        if (request.accounts() == null || request.accounts().isEmpty()) {
            errors.add(new ApiError.FieldMessage("accounts", "accounts is required"));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < request.accounts().size(); i++) {
                var account = request.accounts().get(i);
                String prefix = "accounts[" + i + "].";
                if (account == null) {
                    errors.add(new ApiError.FieldMessage("accounts[" + i + "]", "accounts[" + i + "] is required"));
                    continue;
                }
                List<FieldProblem> problems = new ArrayList<>();
                if (account.accountId() != null && !seen.add(account.accountId().strip())) {
                    problems.add(new FieldProblem(IntakeField.ACCOUNT_ID, Reason.DUPLICATE_IN_REQUEST));
                }
                AccountData data = validator.account(account::value, problems);
                problems.forEach(problem -> errors.add(message(prefix, problem)));
                if (problems.isEmpty()) {
                    accounts.add(data);
                }
            }
        }
        if (!errors.isEmpty()) {
            ApiError.FieldMessage first = errors.get(0);
            throw new InvalidIntakeException(new ApiError("invalid_request", first.field(), first.message(), errors));
        }
        return accounts.stream().map(account -> new IntakeItem(borrower, account)).toList();
    }

    private static ApiError.FieldMessage message(String prefix, FieldProblem problem) {
        String path = prefix + problem.field().property();
        return new ApiError.FieldMessage(path, path + " " + problem.reason().text(problem.arg()));
    }
}
