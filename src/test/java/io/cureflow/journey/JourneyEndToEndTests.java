package io.cureflow.journey;

import static io.cureflow.journey.DelinquencyJourney.EVENT_NEXT_STAGE_REACHED;
import static io.cureflow.journey.DelinquencyJourney.GROUP_AGENTS;
import static io.cureflow.journey.DelinquencyJourney.GROUP_MANAGERS;
import static io.cureflow.journey.DelinquencyJourney.VAR_RESUME_AUTOMATED_OUTREACH;
import static io.cureflow.journey.OutreachAttempt.EVENT_WAIT_UNTIL_CONTACT_PERMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import io.cureflow.account.CaseService;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.account.StageChange;
import io.cureflow.compliance.Channel;
import io.cureflow.journey.internal.OutreachDispatcher;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import io.cureflow.support.EngineClock;
import io.cureflow.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 2 as its users meet it, on the whole application: accounts imported over HTTP, the journey in the engine, the
 * sandbox, payments and replies through their APIs, the case as {@code GET /api/v1/cases/{id}} shows it. The job
 * executor and the outreach worker are off: the test runs due timers and sends pending outreach itself, with the
 * engine's clock fixed and the application's {@link Clock} reading it.
 */
@IntegrationTest
@TestPropertySource(properties = "cureflow.journey.outreach-worker.enabled=false")
class JourneyEndToEndTests {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final ZoneId BUSINESS_ZONE = ZoneId.of("America/New_York");
    /** A Thursday morning in Chicago, inside contact hours. */
    static final Instant THURSDAY_MORNING = ZonedDateTime.of(2026, 11, 19, 10, 0, 0, 0, CHICAGO).toInstant();

    @TestBean
    Clock clock;

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseService cases;
    @Autowired
    JourneyQueries journeys;
    @Autowired
    OutreachDispatcher dispatcher;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    OutreachService outreach;

    JourneyDriver driver;
    final String accountId = JourneyDriver.uniqueAccountId();

    static Clock clock() {
        return new EngineClock();
    }

    @BeforeEach
    void thursdayMorningInChicago() {
        JourneyDriver.setTime(THURSDAY_MORNING);
        driver = new JourneyDriver(mvc, cases, journeys, dispatcher, management, runtime);
    }

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    /** Twelve days past due on a loan: the treatment strategy writes an email first, then texts. */
    private String earlyLoan() {
        return JourneyDriver.chicagoRow(accountId, "loan", "850.00", 12);
    }

    @Test
    void importedDelinquentAccountGetsAMessageWithDisclosureAndOptOutThenWaitsForTheNextReminder() throws Exception {
        long caseId = driver.importAndStartJourney(earlyLoan(), accountId);

        assertThat(driver.dispatchPendingOutreach()).isGreaterThanOrEqualTo(1);

        assertThat(outreach.conversationOfCase(caseId)).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(Channel.EMAIL);
            assertThat(message.direction()).isEqualTo(OutreachMessage.Direction.OUTBOUND);
            assertThat(message.status()).isEqualTo(OutreachMessage.Status.DELIVERED);
            assertThat(message.body()).contains("This is from a debt collector")
                    .contains("To stop emails to this address, reply with STOP in the subject line.");
        });
        DocumentContext json = driver.caseJson(caseId);
        assertThat(json.read("$.case.status", String.class)).isEqualTo("OPEN");
        assertThat(json.read("$.case.stage", String.class)).isEqualTo("EARLY");
        assertThat(json.read("$.case.daysPastDue", Integer.class)).isEqualTo(12);
        assertThat(json.read("$.journey.waitingIn", List.class)).containsExactly("Wait for next reminder");
        assertThat(driver.timelineKinds(caseId)).containsSubsequence("CASE_OPENED", "STAGE_CHANGED", "MESSAGE_SENT");
        long borrowerId = json.read("$.case.borrowerId", Long.class);
        mvc.perform(get("/sandbox/borrowers/{id}", borrowerId).with(user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is from a debt collector")));
    }

    @Test
    void earlyCardHolderIsTextedFirstWithTheDisclosureAndHowToStopTexts() throws Exception {
        long caseId = driver.importAndStartJourney(JourneyDriver.chicagoRow(accountId, "Credit card", "640.00", 9),
                accountId);

        driver.dispatchPendingOutreach();

        assertThat(outreach.conversationOfCase(caseId)).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(Channel.SMS);
            assertThat(message.address()).startsWith("+1312");
            assertThat(message.status()).isEqualTo(OutreachMessage.Status.DELIVERED);
            assertThat(message.body()).contains("This is from a debt collector").contains("Reply STOP");
        });
    }

    @Test
    void replyHandsTheCaseToAnAgentWhoResumesAutomation() throws Exception {
        long caseId = caseWithABorrowerReply();

        completeReview(caseId, true);

        driver.dispatchPendingOutreach();
        DocumentContext json = driver.caseJson(caseId);
        assertThat(json.read("$.case.status", String.class)).isEqualTo("OPEN");
        assertThat(json.read("$.journey.waitingIn", List.class)).containsExactly("Wait for next reminder");
    }

    @Test
    void replyHandsTheCaseToAnAgentWhoKeepsIt() throws Exception {
        long caseId = caseWithABorrowerReply();

        completeReview(caseId, false);

        driver.awaitEnded(caseId);
        DocumentContext json = driver.caseJson(caseId);
        assertThat(json.read("$.case.status", String.class)).isEqualTo("WITH_AGENT");
        assertThat(json.read("$.journey.running", Boolean.class)).isFalse();
    }

    private long caseWithABorrowerReply() throws Exception {
        long caseId = driver.importAndStartJourney(earlyLoan(), accountId);
        driver.dispatchPendingOutreach();
        driver.awaitWaitingIn(caseId, "Wait for next reminder");

        driver.replyAsBorrower(caseId, "Can we set up a payment plan?")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseId").value(caseId));

        driver.awaitOpenTask(caseId, "Review borrower reply");
        DocumentContext json = driver.caseJson(caseId);
        assertThat(json.read("$.case.status", String.class)).isEqualTo("WITH_AGENT");
        assertThat(driver.timelineKinds(caseId)).contains("REPLY_RECEIVED");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .taskCandidateGroup(GROUP_AGENTS).taskName("Review borrower reply").count()).isEqualTo(1);
        return caseId;
    }

    private void completeReview(long caseId, boolean resume) {
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(caseId)).singleResult();
        tasks.complete(review.getId(), Map.of(VAR_RESUME_AUTOMATED_OUTREACH, resume));
    }

    @Test
    void paymentInFullCuresTheCaseAndTheSamePaymentAgainChangesNothing() throws Exception {
        long caseId = driver.importAndStartJourney(earlyLoan(), accountId);
        driver.dispatchPendingOutreach();
        driver.awaitWaitingIn(caseId, "Wait for next reminder");

        String first = driver.pay(accountId + "-P1", accountId, "850.00")
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        driver.awaitEnded(caseId);
        DocumentContext cured = driver.caseJson(caseId);
        assertThat(cured.read("$.case.status", String.class)).isEqualTo("CLOSED");
        assertThat(cured.read("$.case.outcome", String.class)).isEqualTo("CURED");
        assertThat(driver.timelineKinds(caseId)).containsSubsequence("PAYMENT_POSTED", "CASE_CLOSED");

        String again = driver.pay(accountId + "-P1", accountId, "850.00")
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(again).isEqualTo(first);
        assertThat(driver.caseJson(caseId).jsonString()).isEqualTo(cured.jsonString());
    }

    @Test
    void partialPaymentLowersDaysPastDueAndTheRecomputedStageTimerLeadsToTheLowerStage() throws Exception {
        long caseId = driver.importAndStartJourney(
                JourneyDriver.chicagoRow(accountId, "card", "900.00", 65), accountId);
        driver.dispatchPendingOutreach();
        driver.awaitWaitingIn(caseId, "Wait for next reminder");
        Job before = driver.timer(caseId, EVENT_NEXT_STAGE_REACHED);
        LocalDate today = LocalDate.ofInstant(THURSDAY_MORNING, BUSINESS_ZONE);
        assertThat(before.getDuedate().toInstant()).isEqualTo(startOf(today.minusDays(65).plusDays(90)));

        driver.pay(accountId + "-P1", accountId, "300.00")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.daysPastDueAfter").value(35));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(cases.stageHistory(caseId))
                .extracting(StageChange::to).contains(DelinquencyStage.DAYS_30));
        driver.dispatchPendingOutreach();
        driver.awaitWaitingIn(caseId, "Wait for next reminder");
        DocumentContext json = driver.caseJson(caseId);
        assertThat(json.read("$.case.daysPastDue", Integer.class)).isEqualTo(35);
        assertThat(json.read("$.case.stage", String.class)).isEqualTo("DAYS_30");
        Job after = driver.timer(caseId, EVENT_NEXT_STAGE_REACHED);
        assertThat(after.getId()).isNotEqualTo(before.getId());
        assertThat(after.getDuedate().toInstant()).isEqualTo(startOf(today.minusDays(35).plusDays(60)));
        assertThat(cases.stageHistory(caseId)).extracting(StageChange::to)
                .containsExactly(DelinquencyStage.DAYS_60, DelinquencyStage.DAYS_30);

        // thresholds are 30 days apart and a paid installment moves delinquency 30 days: the day stays, the stage drops
        JourneyDriver.setTime(after.getDuedate().toInstant());
        driver.execute(after);

        assertThat(cases.stageHistory(caseId)).extracting(StageChange::to)
                .containsExactly(DelinquencyStage.DAYS_60, DelinquencyStage.DAYS_30, DelinquencyStage.DAYS_60);
        assertThat(driver.caseJson(caseId).read("$.case.daysPastDue", Integer.class)).isEqualTo(60);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BUSINESS_ZONE).toInstant();
    }

    @Test
    void attemptAtNightWaitsUntilEightInTheBorrowersMorning() throws Exception {
        JourneyDriver.setTime(ZonedDateTime.of(2026, 11, 19, 23, 30, 0, 0, CHICAGO).toInstant());

        long caseId = driver.importAndStartJourney(earlyLoan(), accountId);

        driver.awaitWaitingIn(caseId, "Wait until contact is permitted");
        Job wait = driver.timer(caseId, EVENT_WAIT_UNTIL_CONTACT_PERMITTED);
        Instant eightInTheMorning = ZonedDateTime.of(2026, 11, 20, 8, 0, 0, 0, CHICAGO).toInstant();
        assertThat(wait.getDuedate().toInstant()).isEqualTo(eightInTheMorning);
        assertThat(driver.dispatchPendingOutreach()).isZero();
        assertThat(outreach.conversationOfCase(caseId)).isEmpty();
        assertThat(driver.timelineKinds(caseId)).contains("CONTACT_BLOCKED");

        JourneyDriver.setTime(eightInTheMorning);
        driver.execute(wait);
        driver.dispatchPendingOutreach();

        driver.awaitWaitingIn(caseId, "Wait for next reminder");
        assertThat(outreach.conversationOfCase(caseId)).singleElement().satisfies(message -> {
            assertThat(message.status()).isEqualTo(OutreachMessage.Status.DELIVERED);
            assertThat(message.sentAt()).isEqualTo(eightInTheMorning);
        });
    }

    @Test
    void accountPastOneHundredTwentyDaysGoesToChargeOffReview() throws Exception {
        long caseId = driver.importAndStartJourney(
                JourneyDriver.chicagoRow(accountId, "card", "4200.00", 125), accountId);

        driver.awaitOpenTask(caseId, "Review for charge-off");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .taskCandidateGroup(GROUP_MANAGERS).count()).isEqualTo(1);
        DocumentContext json = driver.caseJson(caseId);
        assertThat(json.read("$.case.stage", String.class)).isEqualTo("DAYS_120");
        assertThat(outreach.conversationOfCase(caseId)).isEmpty();
    }
}
