package io.cureflow.journey.internal;

import io.cureflow.account.CaseOpened;
import io.cureflow.account.CaseOutcome;
import io.cureflow.account.DelinquencyChanged;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.compliance.Channel;
import io.cureflow.journey.DelinquencyJourney;
import io.cureflow.journey.JourneyStatus;
import io.cureflow.journey.OutreachAttempt;
import io.cureflow.payment.PaymentPosted;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static io.cureflow.journey.internal.JourneyTestBed.ACCOUNT_ID;
import static io.cureflow.journey.internal.JourneyTestBed.CASE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

@Deployment(resources = {DelinquencyJourney.RESOURCE, OutreachAttempt.RESOURCE, DelinquencyJourney.DECISION_RESOURCE,
        "forms/review-reply.form", "forms/charge-off-review.form", "forms/review-contact-stop.form"})
class DelinquencyJourneyProcessTests {

    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

    @RegisterExtension
    static ProcessEngineExtension engine = EngineOnlyTests.engine();

    private JourneyTestBed bed;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        bed = new JourneyTestBed(engine.getProcessEngine());
    }

    @AfterEach
    void tearDown() {
        JourneyTestBed.close();
        ClockUtil.reset();
    }

    @Test
    void opensWithFirstOutreachAndWaitsForTheNextReminder() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        assertThat(journey).isWaitingAt(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER)
                .hasPassedInOrder(DelinquencyJourney.TASK_ASSESS_DELINQUENCY,
                        DelinquencyJourney.TASK_CHOOSE_TREATMENT_STRATEGY,
                        DelinquencyJourney.TASK_PICK_NEXT_OUTREACH_STEP,
                        DelinquencyJourney.CALL_REACH_OUT_TO_BORROWER)
                .variables()
                .containsEntry(DelinquencyJourney.VAR_STAGE, "EARLY")
                .containsEntry(DelinquencyJourney.VAR_DAYS_PAST_DUE, 10)
                .containsEntry(DelinquencyJourney.VAR_SEGMENT, "EARLY_CARD")
                .containsEntry(DelinquencyJourney.VAR_CHANNEL, "SMS")
                .containsEntry(DelinquencyJourney.VAR_ATTEMPT_RESULT, OutreachAttempt.RESULT_SENT)
                .containsEntry(DelinquencyJourney.VAR_NEXT_STAGE_AT, NOW.plus(days(20)).toString())
                .containsEntry(DelinquencyJourney.VAR_NEXT_OUTREACH_AT, NOW.plus(days(5)).toString());
        verify(bed.cases).recordStage(CASE_ID, DelinquencyStage.EARLY);
    }

    @Test
    void startsOneJourneyPerCaseEvenWhenTheEventComesTwice() {
        bed.starter.on(new CaseOpened(CASE_ID, ACCOUNT_ID));
        bed.starter.on(new CaseOpened(CASE_ID, ACCOUNT_ID));

        assertThat(processInstanceQuery().processDefinitionKey(DelinquencyJourney.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(CASE_ID)).count()).isEqualTo(1);
    }

    @Test
    void remindsOnTheNextChannelOfTheStrategyAfterTheCadence() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        Job reminder = timerAt(journey, DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER);
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);
        bed.dispatcher.dispatchPending();

        verify(bed.outreach).compose(CASE_ID, Channel.SMS, 1, "FRIENDLY");
        verify(bed.outreach).compose(CASE_ID, Channel.EMAIL, 2, "FRIENDLY");
        assertThat(journey).isWaitingAt(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER)
                .variables().containsEntry(DelinquencyJourney.VAR_STEP, 2);
    }

    @Test
    void curesTheCaseWhenAPaymentMakesTheAccountCurrent() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        bed.account.pay(days(30));
        bed.correlations.on(new PaymentPosted(1L, ACCOUNT_ID, CASE_ID, true));

        verify(bed.cases).close(CASE_ID, CaseOutcome.CURED);
        assertThat(journey).isEnded().hasPassed(DelinquencyJourney.EVENT_PAYMENT_POSTED,
                DelinquencyJourney.TASK_CLOSE_CASE_AS_CURED, DelinquencyJourney.END_CASE_CURED);
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void ignoresAPaymentWithoutCase() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        bed.correlations.on(new PaymentPosted(1L, ACCOUNT_ID, null, false));

        assertThat(journey).isWaitingAt(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER)
                .hasNotPassed(DelinquencyJourney.EVENT_PAYMENT_POSTED);
    }

    @Test
    void partialPaymentMovesTheStageTimerLaterAndNoStageIsSkippedOrRepeated() {
        bed.account = FakeDelinquency.daysPastDue(85);
        ProcessInstance journey = openCaseAndSendFirstMessage();
        Instant oldStageDate = timerAt(journey, DelinquencyJourney.EVENT_NEXT_STAGE_REACHED).getDuedate().toInstant();
        assertThat(oldStageDate).isEqualTo(NOW.plus(days(5)));

        bed.account.pay(days(31));
        bed.correlations.on(new PaymentPosted(1L, ACCOUNT_ID, CASE_ID, false));
        bed.dispatcher.dispatchPending();

        List<Job> stageTimers = stageTimers(journey);
        assertThat(stageTimers).hasSize(1);
        Instant newStageDate = stageTimers.get(0).getDuedate().toInstant();
        assertThat(newStageDate).isEqualTo(NOW.plus(days(6))).isAfter(oldStageDate);

        ClockUtil.setCurrentTime(Date.from(newStageDate));
        executeDueTimers();

        InOrder stages = inOrder(bed.cases);
        stages.verify(bed.cases).recordStage(CASE_ID, DelinquencyStage.DAYS_60);
        stages.verify(bed.cases).recordStage(CASE_ID, DelinquencyStage.DAYS_30);
        stages.verify(bed.cases).recordStage(CASE_ID, DelinquencyStage.DAYS_60);
        verify(bed.cases, never()).recordStage(CASE_ID, DelinquencyStage.DAYS_90);
        verify(bed.cases, times(3)).recordStage(eq(CASE_ID), any());
        assertThat(journey).variables().containsEntry(DelinquencyJourney.VAR_DAYS_PAST_DUE, 60);
        assertThat(stageTimers(journey)).singleElement().satisfies(timer ->
                assertThat(timer.getDuedate().toInstant()).isEqualTo(newStageDate.plus(days(30))));
    }

    @Test
    void delinquencyChangeReassessesTheAccount() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        bed.account.pay(Duration.ofDays(-25));
        bed.correlations.on(new DelinquencyChanged(CASE_ID, ACCOUNT_ID, 35));

        assertThat(journey).hasPassed(DelinquencyJourney.EVENT_DELINQUENCY_CHANGED)
                .variables().containsEntry(DelinquencyJourney.VAR_STAGE, "DAYS_30");
        verify(bed.cases).recordStage(CASE_ID, DelinquencyStage.DAYS_30);
    }

    @Test
    void replyForAnAgentHandsTheCaseOverAndStopsOutreach() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        bed.correlations.on(ClassifiedReplies.forAnAgent(CASE_ID, 500L));

        verify(bed.cases).handToAgent(CASE_ID, "BORROWER_REPLIED");
        assertThat(journey).isWaitingAt(DelinquencyJourney.TASK_REVIEW_BORROWER_REPLY)
                .variables().containsEntry(DelinquencyJourney.VAR_REPLY_MESSAGE_ID, 500L);
        assertThat(task(journey)).hasCandidateGroup(DelinquencyJourney.GROUP_AGENTS);
        assertThat(formRefOfOpenTask(journey)).isEqualTo(DelinquencyJourney.FORM_REVIEW_REPLY);
        assertThat(managementService().createJobQuery().processInstanceId(journey.getId()).count()).isZero();
    }

    @Test
    void agentResumesAutomationAndTheJourneyReassesses() {
        ProcessInstance journey = openCaseAndSendFirstMessage();
        bed.correlations.on(ClassifiedReplies.forAnAgent(CASE_ID, 500L));

        complete(task(journey), Map.of(DelinquencyJourney.VAR_RESUME_AUTOMATED_OUTREACH, "true",
                DelinquencyJourney.VAR_REVIEW_NOTE, "Promised to pay Friday"));
        bed.dispatcher.dispatchPending();

        verify(bed.cases).resumeAutomation(CASE_ID);
        verify(bed.cases, times(2)).assess(CASE_ID);
        assertThat(journey).hasPassed(DelinquencyJourney.TASK_RESUME_AUTOMATION)
                .isWaitingAt(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER);
    }

    @Test
    void caseStaysWithTheAgentWhenAutomationIsNotResumed() {
        ProcessInstance journey = openCaseAndSendFirstMessage();
        bed.correlations.on(ClassifiedReplies.forAnAgent(CASE_ID, 500L));

        complete(task(journey), Map.of(DelinquencyJourney.VAR_RESUME_AUTOMATED_OUTREACH, false));

        verify(bed.cases, never()).resumeAutomation(anyLong());
        assertThat(journey).isEnded().hasPassed(DelinquencyJourney.END_STAYS_WITH_AGENT);
    }

    @Test
    void replyWhileTheMessageIsStillBeingSentCancelsTheSend() {
        ProcessInstance journey = bed.starterStart();

        bed.correlations.on(ClassifiedReplies.forAnAgent(CASE_ID, 500L));

        assertThat(bed.dispatcher.dispatchPending()).isZero();
        verify(bed.outreach, never()).send(anyLong());
        assertThat(journey).isWaitingAt(DelinquencyJourney.TASK_REVIEW_BORROWER_REPLY);
    }

    @Test
    void escalatesThroughEveryStageToChargeOffReview() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        for (DelinquencyStage stage : List.of(DelinquencyStage.DAYS_30, DelinquencyStage.DAYS_60,
                DelinquencyStage.DAYS_90, DelinquencyStage.DAYS_120)) {
            Job stageTimer = timerAt(journey, DelinquencyJourney.EVENT_NEXT_STAGE_REACHED);
            assertThat(stageTimer.getDuedate().toInstant()).isEqualTo(bed.account.stageStartsAt(stage));
            ClockUtil.setCurrentTime(stageTimer.getDuedate());
            execute(stageTimer);
            bed.dispatcher.dispatchPending();
            assertThat(journey).variables().containsEntry(DelinquencyJourney.VAR_STAGE, stage.name());
        }

        InOrder stages = inOrder(bed.cases);
        for (DelinquencyStage stage : List.of(DelinquencyStage.EARLY, DelinquencyStage.DAYS_30,
                DelinquencyStage.DAYS_60, DelinquencyStage.DAYS_90, DelinquencyStage.DAYS_120)) {
            stages.verify(bed.cases).recordStage(CASE_ID, stage);
        }
        verify(bed.outreach).compose(eq(CASE_ID), eq(Channel.CALL), anyInt(), eq("URGENT"));
        assertThat(journey).isWaitingAt(DelinquencyJourney.TASK_REVIEW_FOR_CHARGE_OFF);
        assertThat(task(journey)).hasCandidateGroup(DelinquencyJourney.GROUP_MANAGERS);
        assertThat(formRefOfOpenTask(journey)).isEqualTo(DelinquencyJourney.FORM_CHARGE_OFF_REVIEW);
        assertThat(managementService().createJobQuery().count()).isZero();

        complete(task(journey), Map.of(DelinquencyJourney.VAR_CHARGE_OFF_RECOMMENDATION, "CHARGE_OFF",
                DelinquencyJourney.VAR_REVIEW_NOTE, "No payment in four months"));

        verify(bed.cases).close(CASE_ID, CaseOutcome.CHARGE_OFF_REVIEW);
        assertThat(journey).isEnded().hasPassed(DelinquencyJourney.END_CLOSED_FOR_CHARGE_OFF);
    }

    @Test
    void caseOpenedPastOneHundredTwentyDaysGoesStraightToReview() {
        bed.account = FakeDelinquency.daysPastDue(130);

        ProcessInstance journey = bed.starterStart();

        assertThat(journey).isWaitingAt(DelinquencyJourney.TASK_REVIEW_FOR_CHARGE_OFF)
                .hasNotPassed(DelinquencyJourney.TASK_CHOOSE_TREATMENT_STRATEGY);
        verify(bed.outreach, never()).compose(anyLong(), any(), anyInt(), anyString());
    }

    @Test
    void tellsWhereTheJourneyWaitsWithTheModelsNames() {
        ProcessInstance journey = bed.starterStart();

        assertThat(bed.queries.statusOf(CASE_ID).waitingIn()).containsExactly("Send message");

        bed.dispatcher.dispatchPending();
        JourneyStatus status = bed.queries.statusOf(CASE_ID);

        assertThat(status.running()).isTrue();
        assertThat(status.waitingIn()).containsExactly("Wait for next reminder");
        assertThat(status.timers()).containsExactly(
                new JourneyStatus.Timer("Wait for next reminder", NOW.plus(days(5))),
                new JourneyStatus.Timer("Next stage reached", NOW.plus(days(20))));
        assertThat(status.openTasks()).isEmpty();
        assertThat(journey).isActive();
    }

    @Test
    void listsTheOpenTaskOfAnAgent() {
        openCaseAndSendFirstMessage();
        bed.correlations.on(ClassifiedReplies.forAnAgent(CASE_ID, 500L));

        JourneyStatus status = bed.queries.statusOf(CASE_ID);

        assertThat(status.openTasks()).containsExactly("Review borrower reply");
        assertThat(status.waitingIn()).containsExactly("Review borrower reply");
        assertThat(status.timers()).isEmpty();
    }

    @Test
    void reportsNoJourneyForAnUnknownCase() {
        assertThat(bed.queries.statusOf(999L))
                .isEqualTo(new JourneyStatus(999L, false, List.of(), List.of(), List.of()));
    }

    private ProcessInstance openCaseAndSendFirstMessage() {
        ProcessInstance journey = bed.starterStart();
        assertThat(bed.dispatcher.dispatchPending()).isEqualTo(1);
        return journey;
    }

    private static Job timerAt(ProcessInstance journey, String activityId) {
        return managementService().createJobQuery().processInstanceId(journey.getId()).activityId(activityId)
                .singleResult();
    }

    private static List<Job> stageTimers(ProcessInstance journey) {
        return managementService().createJobQuery().processInstanceId(journey.getId())
                .activityId(DelinquencyJourney.EVENT_NEXT_STAGE_REACHED).list();
    }

    private static void executeDueTimers() {
        managementService().createJobQuery().timers().executable().list().forEach(job -> execute(job));
    }

    private static String formRefOfOpenTask(ProcessInstance journey) {
        return taskQuery().processInstanceId(journey.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey();
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }

}
