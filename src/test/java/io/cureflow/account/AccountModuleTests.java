package io.cureflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.cureflow.account.internal.AccountData;
import io.cureflow.account.internal.AccountIntake;
import io.cureflow.account.internal.BorrowerData;
import io.cureflow.account.internal.IntakeItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/** The account module on its own publishes the events the journey starts and steers cases by. */
@ApplicationModuleTest
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:account-module;DB_CLOSE_DELAY=-1",
        "cureflow.account.demo-data.enabled=false",
        "camunda.bpm.job-execution.enabled=false"
})
class AccountModuleTests {

    @Autowired
    AccountIntake intake;

    /** The test instance lives as long as the class here, so every test draws its own ids. */
    static IntakeItem item(String id, int daysPastDue) {
        return new IntakeItem(
                new BorrowerData("B-" + id, "Ana", "Lopez", "en", null, null, "NY", "10001", null, List.of(), null),
                new AccountData("A-" + id, "Acme", "card", new BigDecimal("500.00"), "USD", LocalDate.of(2026, 9, 1),
                        daysPastDue));
    }

    @Test
    void publishesCaseOpenedWhenAPastDueAccountArrives(Scenario scenario) {
        String id = UUID.randomUUID().toString();
        scenario.stimulate(() -> intake.store(List.of(item(id, 40))).get(0))
                .andWaitForEventOfType(CaseOpened.class)
                .toArriveAndVerify((event, outcome) -> {
                    assertThat(event.caseId()).isEqualTo(outcome.openedCaseId());
                    assertThat(event.accountId()).isEqualTo(outcome.accountId());
                });
    }

    @Test
    void publishesDelinquencyChangedWhenAReimportMovesDaysPastDue(Scenario scenario) {
        String id = UUID.randomUUID().toString();
        var first = intake.store(List.of(item(id, 40))).get(0);

        scenario.stimulate(() -> intake.store(List.of(item(id, 70))))
                .andWaitForEventOfType(DelinquencyChanged.class)
                .toArriveAndVerify(event -> assertThat(event)
                        .isEqualTo(new DelinquencyChanged(first.openedCaseId(), first.accountId(), 70)));
    }
}
