package io.cureflow.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseFilter;
import io.cureflow.account.CaseOpened;
import io.cureflow.account.CaseOutcome;
import io.cureflow.account.CaseStatus;
import io.cureflow.account.ContactPointView;
import io.cureflow.account.DelinquencyAssessment;
import io.cureflow.account.DelinquencyChanged;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.account.PaymentApplied;
import io.cureflow.account.UnknownAccountException;
import io.cureflow.account.UnknownCaseException;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The account tables, their constraints and the case service over a real database. Runs once on H2 and once on
 * PostgreSQL (see the two subclasses), with the Flyway migrations and Hibernate's schema validation. No {@code @Nested}
 * classes here: they would take their configuration from this class, not from the database-specific subclass.
 */
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate", "spring.flyway.enabled=true"})
@Import({CaseServiceImpl.class, AccountIntake.class, BusinessCalendar.class,
        AccountPersistenceTests.FixedClock.class})
@RecordApplicationEvents
abstract class AccountPersistenceTests {

    /** 10:00 in New York on 22 November 2026. */
    static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TestConfiguration
    @EnableConfigurationProperties(AccountProperties.class)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    AccountIntake intake;

    @Autowired
    CaseServiceImpl cases;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ApplicationEvents events;

    final String id = UUID.randomUUID().toString().substring(0, 8);

    BorrowerData borrower(String suffix) {
        return new BorrowerData("B-" + id + suffix, "Ana", "Lopez", "es", "1 Main St", "El Paso", "TX", "79901",
                "America/Denver", List.of(new PhoneData("+19155550111", LineType.UNKNOWN)), "ana@example.com");
    }

    AccountData account(String suffix, String balance, int daysPastDue) {
        return new AccountData("A-" + id + suffix, "Acme Bank", "card", new BigDecimal(balance), "USD",
                TODAY.minusDays(daysPastDue), daysPastDue);
    }

    IntakeOutcome store(BorrowerData borrower, AccountData account) {
        IntakeOutcome outcome = intake.store(List.of(new IntakeItem(borrower, account))).get(0);
        entityManager.flush();
        entityManager.clear();
        return outcome;
    }


    @Test
    void opensACaseAtTheStageOfItsDaysPastDue() {
        IntakeOutcome outcome = store(borrower("1"), account("1", "900.00", 65));

        assertThat(outcome.created()).isTrue();
        assertThat(outcome.openedCaseId()).isNotNull();
        var opened = cases.findCase(outcome.openedCaseId()).orElseThrow();
        assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(opened.stage()).isEqualTo(DelinquencyStage.DAYS_60);
        assertThat(opened.daysPastDue()).isEqualTo(65);
        assertThat(opened.amountPastDue()).isEqualByComparingTo("900.00");
        assertThat(cases.stageHistory(outcome.openedCaseId()))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.from()).isEqualTo(DelinquencyStage.CURRENT);
                    assertThat(change.to()).isEqualTo(DelinquencyStage.DAYS_60);
                    assertThat(change.daysPastDue()).isEqualTo(65);
                });
        assertThat(events.stream(CaseOpened.class))
                .containsExactly(new CaseOpened(outcome.openedCaseId(), outcome.accountId()));
    }

    @Test
    void opensNoCaseForACurrentAccount() {
        IntakeOutcome outcome = store(borrower("1"), account("1", "900.00", 0));

        assertThat(outcome.openedCaseId()).isNull();
        assertThat(events.stream(CaseOpened.class)).isEmpty();
    }

    @Test
    void updatesOnReimportAndReportsChangedDaysPastDue() {
        IntakeOutcome first = store(borrower("1"), account("1", "900.00", 20));

        IntakeOutcome second = store(borrower("1"), account("1", "950.00", 35));

        assertThat(second.created()).isFalse();
        assertThat(second.accountId()).isEqualTo(first.accountId());
        assertThat(second.openedCaseId()).isNull();
        assertThat(events.stream(DelinquencyChanged.class))
                .containsExactly(new DelinquencyChanged(first.openedCaseId(), first.accountId(), 35));
        assertThat(cases.findCase(first.openedCaseId()).orElseThrow().balance()).isEqualByComparingTo("950.00");
    }

    @Test
    void reportsNothingWhenAReimportLeavesDaysPastDueAsTheyWere() {
        store(borrower("1"), account("1", "900.00", 20));
        store(borrower("1"), account("1", "900.00", 20));

        assertThat(events.stream(DelinquencyChanged.class)).isEmpty();
    }

    @Test
    void keepsOneBorrowerForSeveralAccountsAndDoesNotRepeatContacts() {
        IntakeOutcome first = store(borrower("1"), account("1", "100.00", 5));
        IntakeOutcome second = store(borrower("1"), account("2", "200.00", 95));

        CaseContact contact = cases.contactOf(second.openedCaseId());
        assertThat(contact.borrowerId()).isEqualTo(cases.contactOf(first.openedCaseId()).borrowerId());
        assertThat(contact.contactPoints())
                .extracting(ContactPointView::kind, ContactPointView::value, ContactPointView::consent,
                        ContactPointView::optedOut)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ContactPointView.Kind.PHONE, "+19155550111", true,
                                false),
                        org.assertj.core.groups.Tuple.tuple(ContactPointView.Kind.EMAIL, "ana@example.com", true,
                                false));
        assertThat(contact.timeZone()).isEqualTo("America/Denver");
        assertThat(contact.daysPastDue()).isEqualTo(95);
    }

    @Test
    void readsACaseContactWithEveryFieldTheGateNeeds() {
        IntakeOutcome outcome = store(borrower("c"), account("c", "250.00", 40));

        CaseContact contact = cases.contactOf(outcome.openedCaseId());

        assertThat(contact.caseId()).isEqualTo(outcome.openedCaseId());
        assertThat(contact.accountId()).isEqualTo(outcome.accountId());
        assertThat(contact.accountExternalId()).isEqualTo("A-" + id + "c");
        assertThat(contact.firstName()).isEqualTo("Ana");
        assertThat(contact.lastName()).isEqualTo("Lopez");
        assertThat(contact.language()).isEqualTo("es");
        assertThat(contact.state()).isEqualTo("TX");
        assertThat(contact.zip()).isEqualTo("79901");
        assertThat(contact.creditor()).isEqualTo("Acme Bank");
        assertThat(contact.product()).isEqualTo("card");
        assertThat(contact.balance()).isEqualByComparingTo("250.00");
        assertThat(contact.amountPastDue()).isEqualByComparingTo("250.00");
        assertThat(contact.currency()).isEqualTo("USD");
        assertThat(contact.daysPastDue()).isEqualTo(40);
        assertThat(contact.contactPoints()).extracting(ContactPointView::id).isSorted().hasSize(2);
    }

    @Test
    void aCaseContactShowsAChangeMadeEarlierInTheSameTransaction() {
        IntakeOutcome outcome = store(borrower("t"), account("t", "90.00", 10));
        Borrower stored = entityManager.find(Account.class, outcome.accountId()).borrower();
        stored.contactPoints().stream().filter(point -> point.value().startsWith("+1")).findFirst().orElseThrow()
                .refreshLineType("MOBILE");

        CaseContact contact = cases.contactOf(outcome.openedCaseId());

        assertThat(contact.contactPoints()).filteredOn(point -> point.kind() == ContactPointView.Kind.PHONE)
                .singleElement().extracting(ContactPointView::lineType).isEqualTo("MOBILE");
    }

    @Test
    void refusesTheContactOfAnUnknownCase() {
        assertThatThrownBy(() -> cases.contactOf(987_654_321L)).isInstanceOf(UnknownCaseException.class);
    }

    @Test
    void opensANewCaseForTheNextEpisodeAfterTheLastOneClosed() {
        IntakeOutcome first = store(borrower("1"), account("1", "100.00", 5));
        cases.close(first.openedCaseId(), CaseOutcome.CURED);

        IntakeOutcome again = store(borrower("1"), account("1", "100.00", 3));

        assertThat(again.openedCaseId()).isNotNull().isNotEqualTo(first.openedCaseId());
    }


    @Test
    void refusesASecondNonClosedCaseForTheSameAccount() {
        IntakeOutcome outcome = store(borrower("1"), account("1", "100.00", 5));
        Account account = entityManager.find(Account.class, outcome.accountId());

        entityManager.persist(new CollectionCase(account, DelinquencyStage.EARLY, NOW));

        assertThatThrownBy(() -> entityManager.flush()).isInstanceOf(RuntimeException.class);
    }


    @Test
    void tellsTheStageAndWhenTheNextOneBegins() {
        long caseId = store(borrower("1"), account("1", "900.00", 65)).openedCaseId();

        DelinquencyAssessment assessment = cases.assess(caseId);

        assertThat(assessment.daysPastDue()).isEqualTo(65);
        assertThat(assessment.stage()).isEqualTo(DelinquencyStage.DAYS_60);
        assertThat(assessment.current()).isFalse();
        // day 90 is 25 days ahead: midnight in New York on 17 December is 05:00 UTC
        assertThat(assessment.nextStageAt()).isEqualTo(Instant.parse("2026-12-17T05:00:00Z"));
    }

    @Test
    void hasNoNextStageFromOneHundredTwentyDaysOn() {
        long caseId = store(borrower("1"), account("1", "900.00", 130)).openedCaseId();

        assertThat(cases.assess(caseId).stage()).isEqualTo(DelinquencyStage.DAYS_120);
        assertThat(cases.assess(caseId).nextStageAt()).isNull();
    }

    @Test
    void hasNoNextStageOnceCurrent() {
        long caseId = store(borrower("1"), account("1", "900.00", 40)).openedCaseId();
        cases.applyPayment("A-" + id + "1", new BigDecimal("900.00"), NOW);

        DelinquencyAssessment assessment = cases.assess(caseId);

        assertThat(assessment.current()).isTrue();
        assertThat(assessment.stage()).isEqualTo(DelinquencyStage.CURRENT);
        assertThat(assessment.nextStageAt()).isNull();
    }


    @Test
    void recordsAStageChangeOnlyWhenTheStageDiffers() {
        long caseId = store(borrower("1"), account("1", "900.00", 65)).openedCaseId();

        assertThat(cases.recordStage(caseId, DelinquencyStage.DAYS_60)).isFalse();
        assertThat(cases.recordStage(caseId, DelinquencyStage.DAYS_90)).isTrue();

        assertThat(cases.stageHistory(caseId)).extracting(change -> change.to())
                .containsExactly(DelinquencyStage.DAYS_60, DelinquencyStage.DAYS_90);
        assertThat(cases.findCase(caseId).orElseThrow().stage()).isEqualTo(DelinquencyStage.DAYS_90);
    }

    @Test
    void handsToAnAgentResumesAndCloses() {
        long caseId = store(borrower("1"), account("1", "900.00", 65)).openedCaseId();

        cases.handToAgent(caseId, "HARDSHIP_JOB_LOSS");
        assertThat(cases.findCase(caseId).orElseThrow().status()).isEqualTo(CaseStatus.WITH_AGENT);
        cases.resumeAutomation(caseId);
        assertThat(cases.findCase(caseId).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
        cases.close(caseId, CaseOutcome.CLOSED_BY_AGENT);

        var closed = cases.findCase(caseId).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(CaseOutcome.CLOSED_BY_AGENT);
        assertThat(closed.closedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> cases.handToAgent(caseId, "late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listsCasesByStage() {
        long early = store(borrower("1"), account("1", "100.00", 5)).openedCaseId();
        long late = store(borrower("2"), account("2", "100.00", 125)).openedCaseId();

        var page = cases.listCases(new CaseFilter(CaseStatus.OPEN, DelinquencyStage.DAYS_120), 0, 50);

        assertThat(page.cases()).extracting(view -> view.caseId()).contains(late).doesNotContain(early);
        assertThat(cases.listCases(CaseFilter.all(), 0, 50).cases()).extracting(view -> view.caseId())
                .contains(early, late);
        assertThat(cases.listCases(new CaseFilter(null, DelinquencyStage.EARLY), 0, 50).cases())
                .extracting(view -> view.caseId()).contains(early).doesNotContain(late);
    }


    @Test
    void appliesAPaymentAndMovesDaysPastDueByTheCyclesItCovers() {
        long caseId = store(borrower("1"), account("1", "900.00", 65)).openedCaseId();

        PaymentApplied applied = cases.applyPayment("A-" + id + "1", new BigDecimal("300.00"), NOW);

        assertThat(applied.caseId()).isEqualTo(caseId);
        assertThat(applied.daysPastDue()).isEqualTo(35);
        assertThat(applied.balance()).isEqualByComparingTo("600.00");
        assertThat(applied.amountPastDue()).isEqualByComparingTo("600.00");
        assertThat(applied.current()).isFalse();
        assertThat(cases.assess(caseId).stage()).isEqualTo(DelinquencyStage.DAYS_30);
    }

    @Test
    void findsAnAccountByItsExternalIdWithItsOpenCase() {
        IntakeOutcome outcome = store(borrower("1"), account("1", "900.00", 65));

        var account = cases.findAccount("A-" + id + "1").orElseThrow();

        assertThat(account.accountId()).isEqualTo(outcome.accountId());
        assertThat(account.currency()).isEqualTo("USD");
        assertThat(account.daysPastDue()).isEqualTo(65);
        assertThat(account.openCaseId()).isEqualTo(outcome.openedCaseId());
        assertThat(cases.findAccount("nope-" + id)).isEmpty();
    }

    @Test
    void refusesAPaymentToAnUnknownAccount() {
        assertThatThrownBy(() -> cases.applyPayment("nope-" + id, BigDecimal.TEN, NOW))
                .isInstanceOf(UnknownAccountException.class);
    }
}
