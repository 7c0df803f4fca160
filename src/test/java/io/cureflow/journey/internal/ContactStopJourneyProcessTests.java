package io.cureflow.journey.internal;

import io.cureflow.compliance.AutomatedContactStopped;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.journey.DelinquencyJourney;
import io.cureflow.journey.OutreachAttempt;
import io.cureflow.journey.ValidationNotice;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static io.cureflow.journey.internal.JourneyTestBed.CASE_ID;
import static io.cureflow.journey.internal.JourneyTestBed.allow;
import static io.cureflow.journey.internal.JourneyTestBed.block;
import static io.cureflow.journey.internal.JourneyTestBed.stop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Permanent blocks and compliance stops in the running journey: skip a channel, or hand the case to a person. */
@Deployment(resources = {DelinquencyJourney.RESOURCE, OutreachAttempt.RESOURCE, DelinquencyJourney.DECISION_RESOURCE,
        ValidationNotice.RESOURCE, "forms/review-reply.form", "forms/charge-off-review.form",
        "forms/review-contact-stop.form", "forms/mail-validation-notice.form"})
class ContactStopJourneyProcessTests {

    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    private static final ComplianceReason CEASE = new ComplianceReason("RF-20", "12 CFR 1006.6(c)(1)",
            "The consumer asked in writing that we stop communicating.");

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
    void permanentlyClosedChannelIsSkippedAndTheNextReminderUsesTheNextChannel() {
        when(bed.gate.evaluate(any())).thenReturn(block(8L, null), allow(9L));

        ProcessInstance journey = bed.starterStart();

        assertThat(journey).isWaitingAt(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER)
                .hasNotPassed(DelinquencyJourney.TASK_HAND_CASE_TO_AGENT_FOR_STOP)
                .variables().containsEntry(DelinquencyJourney.VAR_ATTEMPT_RESULT, OutreachAttempt.RESULT_BLOCKED);
        verify(bed.outreach, never()).compose(anyLong(), any(), anyInt(), anyString());

        Job reminder = timerAt(journey, DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER);
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);

        verify(bed.outreach).compose(CASE_ID, Channel.EMAIL, 2, "FRIENDLY");
        verify(bed.cases, never()).handToAgent(anyLong(), anyString());
    }

    @Test
    void stopFoundByTheGateHandsTheCaseToAnAgentWithTheReasonAndEndsAllOutreach() {
        when(bed.gate.evaluate(any())).thenReturn(stop(8L, CEASE));

        ProcessInstance journey = bed.starterStart();

        verify(bed.cases).handToAgent(CASE_ID,
                "RF-20: The consumer asked in writing that we stop communicating.");
        verify(bed.ledger).record(CASE_ID, Channel.SMS, JourneyTestBed.PHONE, OutreachAttempt.RESULT_BLOCKED, 8L, NOW);
        verify(bed.outreach, never()).compose(anyLong(), any(), anyInt(), anyString());
        assertThat(journey).isWaitingAt(DelinquencyJourney.TASK_REVIEW_CONTACT_STOP)
                .hasPassed(DelinquencyJourney.END_CONTACT_STOP_FOUND, DelinquencyJourney.EVENT_CONTACT_STOP_FOUND)
                .variables()
                .containsEntry(DelinquencyJourney.VAR_ATTEMPT_RESULT, OutreachAttempt.RESULT_AUTOMATION_STOPPED)
                .containsEntry(DelinquencyJourney.VAR_STOP_REASON,
                        "RF-20: The consumer asked in writing that we stop communicating.");
        assertThat(task(journey)).hasCandidateGroup(DelinquencyJourney.GROUP_AGENTS);
        assertThat(formRefOfOpenTask(journey)).isEqualTo(DelinquencyJourney.FORM_REVIEW_CONTACT_STOP);
        assertThat(managementService().createJobQuery().processInstanceId(journey.getId()).count())
                .as("no reminder or stage timer is left").isZero();
    }

    @Test
    void overdueValidationNoticeStopsOutreachLikeAnyOtherStop() {
        ComplianceReason overdue = new ComplianceReason("RF-30", "12 CFR 1006.34(a)(1)(i)(B)",
                "Validation notice overdue.");
        when(bed.gate.evaluate(any())).thenReturn(stop(8L, overdue));

        ProcessInstance journey = bed.starterStart();

        verify(bed.cases).handToAgent(CASE_ID, "RF-30: Validation notice overdue.");
        assertThat(journey).isWaitingAt(DelinquencyJourney.TASK_REVIEW_CONTACT_STOP);
    }

    @Test
    void stopRecordedWhileTheJourneyWaitsForAReminderHandsTheCaseOverAtOnce() {
        ProcessInstance journey = openCaseAndSendFirstMessage();
        assertThat(journey).isWaitingAt(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER);

        bed.correlations.on(new AutomatedContactStopped(CASE_ID, "RF-22"));

        verify(bed.cases).handToAgent(CASE_ID, "RF-22");
        assertThat(journey).hasPassed(DelinquencyJourney.EVENT_AUTOMATED_CONTACT_STOPPED)
                .isWaitingAt(DelinquencyJourney.TASK_REVIEW_CONTACT_STOP)
                .variables().containsEntry(DelinquencyJourney.VAR_STOP_RULE_ID, "RF-22");
        assertThat(managementService().createJobQuery().processInstanceId(journey.getId()).count()).isZero();
        verify(bed.outreach, times(1)).compose(anyLong(), any(), anyInt(), anyString());
    }

    @Test
    void stopRecordedWhileAMessageAwaitsSendingCancelsTheSend() {
        ProcessInstance journey = bed.starterStart();

        bed.correlations.on(new AutomatedContactStopped(CASE_ID, "RF-21"));

        assertThat(bed.dispatcher.dispatchPending()).isZero();
        verify(bed.outreach, never()).send(anyLong());
        assertThat(journey).isWaitingAt(DelinquencyJourney.TASK_REVIEW_CONTACT_STOP);
    }

    @Test
    void stopForACaseWithoutRunningOutreachIsIgnored() {
        bed.correlations.on(new AutomatedContactStopped(999L, "RF-20"));

        verify(bed.cases, never()).handToAgent(anyLong(), anyString());
    }

    @Test
    void automationResumesOnlyWhenAPersonDecidesAndTheGateStillDecidesEachContact() {
        when(bed.gate.evaluate(any())).thenReturn(stop(8L, CEASE), allow(9L));
        ProcessInstance journey = bed.starterStart();

        complete(task(journey), Map.of(DelinquencyJourney.VAR_RESUME_AUTOMATED_OUTREACH, "true",
                DelinquencyJourney.VAR_REVIEW_NOTE, "The consumer withdrew the request in writing"));

        verify(bed.cases).resumeAutomation(CASE_ID);
        assertThat(journey).hasPassed(DelinquencyJourney.GATEWAY_REVIEW_DONE, DelinquencyJourney.TASK_RESUME_AUTOMATION)
                .isWaitingAt(DelinquencyJourney.CALL_REACH_OUT_TO_BORROWER);
        assertThat(bed.dispatcher.dispatchPending()).isEqualTo(1);
        assertThat(journey).isWaitingAt(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER);
    }

    @Test
    void resumedAutomationComesBackToThePersonWhileTheStopIsInForce() {
        when(bed.gate.evaluate(any())).thenReturn(stop(8L, CEASE));
        ProcessInstance journey = bed.starterStart();

        complete(task(journey), Map.of(DelinquencyJourney.VAR_RESUME_AUTOMATED_OUTREACH, "true"));

        verify(bed.cases, times(2)).handToAgent(eq(CASE_ID), anyString());
        assertThat(journey).isWaitingAt(DelinquencyJourney.TASK_REVIEW_CONTACT_STOP);
        verify(bed.outreach, never()).compose(anyLong(), any(), anyInt(), anyString());
    }

    @Test
    void caseStaysWithTheAgentWhenTheStopStands() {
        when(bed.gate.evaluate(any())).thenReturn(stop(8L, CEASE));
        ProcessInstance journey = bed.starterStart();

        complete(task(journey), Map.of(DelinquencyJourney.VAR_RESUME_AUTOMATED_OUTREACH, "false"));

        verify(bed.cases, never()).resumeAutomation(anyLong());
        assertThat(journey).isEnded().hasPassed(DelinquencyJourney.END_STAYS_WITH_AGENT);
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

    private static String formRefOfOpenTask(ProcessInstance journey) {
        return taskQuery().processInstanceId(journey.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey();
    }
}
