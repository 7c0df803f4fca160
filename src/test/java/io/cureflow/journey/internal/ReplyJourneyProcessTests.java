package io.cureflow.journey.internal;

import io.cureflow.account.CaseOutcome;
import io.cureflow.compliance.AutomatedContactStopped;
import io.cureflow.compliance.Channel;
import io.cureflow.journey.DelinquencyJourney;
import io.cureflow.journey.OutreachAttempt;
import io.cureflow.payment.PaymentPosted;
import io.cureflow.understanding.Intent;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import static io.cureflow.journey.internal.JourneyTestBed.ACCOUNT_ID;
import static io.cureflow.journey.internal.JourneyTestBed.CASE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** What the journey does with each kind of classified reply: pause for a promise, leave stops to compliance, hand over. */
@Deployment(resources = {DelinquencyJourney.RESOURCE, OutreachAttempt.RESOURCE, DelinquencyJourney.DECISION_RESOURCE,
        "forms/review-reply.form", "forms/charge-off-review.form", "forms/review-contact-stop.form"})
class ReplyJourneyProcessTests {

    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    private static final LocalDate PROMISED = LocalDate.parse("2026-03-06");
    private static final Instant DAY_AFTER_PROMISE = Instant.parse("2026-03-07T05:00:00Z");

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
    void pausesRemindersUntilTheDayAfterThePromisedDate() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        bed.correlations.on(ClassifiedReplies.promise(CASE_ID, 500L, PROMISED, DAY_AFTER_PROMISE));
        bed.dispatcher.dispatchPending();

        assertThat(journey).hasPassed(DelinquencyJourney.EVENT_PROMISE_TO_PAY_RECEIVED,
                        DelinquencyJourney.GATEWAY_PROMISE_PENDING)
                .isWaitingAt(DelinquencyJourney.EVENT_PAUSE_REMINDERS_UNTIL_PROMISED_DATE)
                .variables()
                .containsEntry(DelinquencyJourney.VAR_PROMISED_DATE, "2026-03-06")
                .containsEntry(DelinquencyJourney.VAR_PROMISED_AMOUNT, "210.00")
                .containsEntry(DelinquencyJourney.VAR_REMINDERS_PAUSED_UNTIL, DAY_AFTER_PROMISE.toString());
        assertThat(timerAt(journey, DelinquencyJourney.EVENT_PAUSE_REMINDERS_UNTIL_PROMISED_DATE).getDuedate())
                .isEqualTo(Date.from(DAY_AFTER_PROMISE));
        assertThat(timerAt(journey, DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER)).isNull();
        verify(bed.outreach, times(1)).compose(anyLong(), any(), anyInt(), anyString());
        verify(bed.cases, never()).handToAgent(anyLong(), anyString());
    }

    @Test
    void remindersResumeWhenNoPaymentCameByThen() {
        ProcessInstance journey = openCaseAndSendFirstMessage();
        bed.correlations.on(ClassifiedReplies.promise(CASE_ID, 500L, PROMISED, DAY_AFTER_PROMISE));

        ClockUtil.setCurrentTime(Date.from(DAY_AFTER_PROMISE));
        execute(timerAt(journey, DelinquencyJourney.EVENT_PAUSE_REMINDERS_UNTIL_PROMISED_DATE));
        bed.dispatcher.dispatchPending();

        verify(bed.outreach).compose(CASE_ID, Channel.EMAIL, 2, "FRIENDLY");
        assertThat(journey).hasPassed(DelinquencyJourney.GATEWAY_REMINDERS_RESUME)
                .isWaitingAt(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER)
                .variables().doesNotContainKey(DelinquencyJourney.VAR_REMINDERS_PAUSED_UNTIL);
    }

    @Test
    void aPaymentThatCuresTheAccountEndsThePauseAndTheCase() {
        ProcessInstance journey = openCaseAndSendFirstMessage();
        bed.correlations.on(ClassifiedReplies.promise(CASE_ID, 500L, PROMISED, DAY_AFTER_PROMISE));

        bed.account.pay(Duration.ofDays(30));
        bed.correlations.on(new PaymentPosted(1L, ACCOUNT_ID, CASE_ID, true));

        verify(bed.cases).close(CASE_ID, CaseOutcome.CURED);
        assertThat(journey).isEnded().hasPassed(DelinquencyJourney.EVENT_PAYMENT_POSTED,
                DelinquencyJourney.END_CASE_CURED);
    }

    @Test
    void aPartialPaymentEndsThePauseAndTheStrategyGoesOn() {
        ProcessInstance journey = openCaseAndSendFirstMessage();
        bed.correlations.on(ClassifiedReplies.promise(CASE_ID, 500L, PROMISED, DAY_AFTER_PROMISE));

        bed.account.pay(Duration.ofDays(3));
        bed.correlations.on(new PaymentPosted(1L, ACCOUNT_ID, CASE_ID, false));
        bed.dispatcher.dispatchPending();

        assertThat(journey).isWaitingAt(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER)
                .variables().doesNotContainKey(DelinquencyJourney.VAR_REMINDERS_PAUSED_UNTIL);
        verify(bed.outreach, times(2)).compose(anyLong(), any(), anyInt(), anyString());
    }

    @Test
    void theNextStageDoesNotEndThePause() {
        ProcessInstance journey = openCaseAndSendFirstMessage();
        Instant beyondTheStage = NOW.plus(Duration.ofDays(25));
        bed.correlations.on(ClassifiedReplies.promise(CASE_ID, 500L, LocalDate.parse("2026-03-26"),
                beyondTheStage));

        Job stage = timerAt(journey, DelinquencyJourney.EVENT_NEXT_STAGE_REACHED);
        ClockUtil.setCurrentTime(stage.getDuedate());
        execute(stage);
        bed.dispatcher.dispatchPending();

        assertThat(journey).hasPassed(DelinquencyJourney.EVENT_NEXT_STAGE_REACHED)
                .isWaitingAt(DelinquencyJourney.EVENT_PAUSE_REMINDERS_UNTIL_PROMISED_DATE);
        assertThat(timerAt(journey, DelinquencyJourney.EVENT_PAUSE_REMINDERS_UNTIL_PROMISED_DATE).getDuedate())
                .isEqualTo(Date.from(beyondTheStage));
        verify(bed.outreach, times(1)).compose(anyLong(), any(), anyInt(), anyString());
    }

    @Test
    void aPromiseWithoutADateGoesToAnAgentWithWhatWasPromised() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        bed.correlations.on(ClassifiedReplies.promiseWithoutDate(CASE_ID, 501L));

        assertThat(journey).isWaitingAt(DelinquencyJourney.TASK_REVIEW_BORROWER_REPLY)
                .variables()
                .containsEntry(DelinquencyJourney.VAR_REPLY_INTENT, "promise_to_pay")
                .containsEntry(DelinquencyJourney.VAR_PROMISED_AMOUNT, "50")
                .containsEntry(DelinquencyJourney.VAR_PROMISED_DATE, "")
                .doesNotContainKey(DelinquencyJourney.VAR_REMINDERS_PAUSED_UNTIL);
    }

    @Test
    void theReviewTaskCarriesTheClassification() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        bed.correlations.on(ClassifiedReplies.forAnAgent(CASE_ID, 502L));

        verify(bed.cases).handToAgent(CASE_ID, "BORROWER_REPLIED");
        assertThat(journey).hasPassed(DelinquencyJourney.EVENT_REPLY_NEEDS_AGENT)
                .isWaitingAt(DelinquencyJourney.TASK_REVIEW_BORROWER_REPLY)
                .variables()
                .containsEntry(DelinquencyJourney.VAR_REPLY_MESSAGE_ID, 502L)
                .containsEntry(DelinquencyJourney.VAR_REPLY_INTENT, "payment_plan_request")
                .containsEntry(DelinquencyJourney.VAR_REPLY_HARDSHIP_CATEGORY, "")
                .containsEntry(DelinquencyJourney.VAR_REPLY_CONFIDENCE, "0.91")
                .containsEntry(DelinquencyJourney.VAR_REPLY_NEEDS_REVIEW, false);
        assertThat(task(journey)).hasCandidateGroup(DelinquencyJourney.GROUP_AGENTS);
    }

    @Test
    void aReplyTheClassifierIsUnsureOfGoesToAnAgent() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        bed.correlations.on(ClassifiedReplies.unsure(CASE_ID, 503L));

        assertThat(journey).isWaitingAt(DelinquencyJourney.TASK_REVIEW_BORROWER_REPLY)
                .variables().containsEntry(DelinquencyJourney.VAR_REPLY_NEEDS_REVIEW, true);
    }

    @Test
    void anAgentsReviewDuringAPauseKeepsThePromiseWhenAutomationResumes() {
        ProcessInstance journey = openCaseAndSendFirstMessage();
        bed.correlations.on(ClassifiedReplies.promise(CASE_ID, 500L, PROMISED, DAY_AFTER_PROMISE));
        bed.correlations.on(ClassifiedReplies.forAnAgent(CASE_ID, 504L));

        complete(task(journey), Map.of(DelinquencyJourney.VAR_RESUME_AUTOMATED_OUTREACH, "true"));

        assertThat(journey).isWaitingAt(DelinquencyJourney.EVENT_PAUSE_REMINDERS_UNTIL_PROMISED_DATE);
        verify(bed.outreach, times(1)).compose(anyLong(), any(), anyInt(), anyString());
    }

    @Test
    void aReplyThatRecordedAStopLeavesTheHandOverToComplianceStopEvent() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        bed.correlations.on(ClassifiedReplies.stop(CASE_ID, 505L, Intent.BANKRUPTCY));

        assertThat(journey).isWaitingAt(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER);
        verify(bed.cases, never()).handToAgent(anyLong(), anyString());

        bed.correlations.on(new AutomatedContactStopped(CASE_ID, "SP-BK-01"));

        assertThat(journey).isWaitingAt(DelinquencyJourney.TASK_REVIEW_CONTACT_STOP)
                .hasNotPassed(DelinquencyJourney.TASK_REVIEW_BORROWER_REPLY);
        verify(bed.cases).handToAgent(CASE_ID, "SP-BK-01");
    }

    @Test
    void aHardshipStopArrivingFirstStillEndsAtTheContactStopReview() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        bed.correlations.on(new AutomatedContactStopped(CASE_ID, "SP-HS-01"));
        bed.correlations.on(ClassifiedReplies.stop(CASE_ID, 506L, Intent.HARDSHIP));

        assertThat(journey).isWaitingAt(DelinquencyJourney.TASK_REVIEW_CONTACT_STOP);
        verify(bed.cases, times(1)).handToAgent(anyLong(), anyString());
    }

    @Test
    void aReplyThatOnlyClosedAChannelLeavesTheJourneyRunning() {
        ProcessInstance journey = openCaseAndSendFirstMessage();

        bed.correlations.on(ClassifiedReplies.channelClosed(CASE_ID, 507L));

        assertThat(journey).isWaitingAt(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER)
                .hasNotPassed(DelinquencyJourney.EVENT_REPLY_NEEDS_AGENT);
        verify(bed.cases, never()).handToAgent(anyLong(), anyString());
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
}
