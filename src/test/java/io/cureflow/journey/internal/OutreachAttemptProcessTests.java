package io.cureflow.journey.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.journey.OutreachAttempt;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import static io.cureflow.journey.internal.JourneyTestBed.CASE_ID;
import static io.cureflow.journey.internal.JourneyTestBed.PHONE;
import static io.cureflow.journey.internal.JourneyTestBed.allow;
import static io.cureflow.journey.internal.JourneyTestBed.block;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@Deployment(resources = {OutreachAttempt.RESOURCE})
class OutreachAttemptProcessTests {

    private static final Instant NOW = Instant.parse("2026-03-02T23:30:00Z");

    @RegisterExtension
    static ProcessEngineExtension engine = EngineOnlyTests.engine();

    private JourneyTestBed bed;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        ProcessEngine processEngine = engine.getProcessEngine();
        bed = new JourneyTestBed(processEngine);
    }

    @AfterEach
    void tearDown() {
        JourneyTestBed.close();
        ClockUtil.reset();
    }

    @Test
    void sendsComposedMessageAndRecordsTheAttempt() {
        ProcessInstance attempt = startAttempt("SMS");

        assertThat(attempt).isWaitingAt(OutreachAttempt.TASK_SEND_MESSAGE).externalTask()
                .hasTopicName(OutreachAttempt.TOPIC_OUTREACH_DISPATCH);
        assertThat(bed.dispatcher.dispatchPending()).isEqualTo(1);

        verify(bed.outreach).send(101L);
        verify(bed.ledger).record(CASE_ID, Channel.SMS, PHONE, OutreachAttempt.RESULT_SENT, 1L, NOW);
        assertThat(attempt).hasPassed(OutreachAttempt.TASK_RECORD_CONTACT_ATTEMPT)
                .isEnded().hasPassed(OutreachAttempt.END_ATTEMPT_MADE)
                .variables().containsEntry(OutreachAttempt.VAR_ATTEMPT_RESULT, OutreachAttempt.RESULT_SENT);
    }

    @Test
    void blockedAttemptWaitsUntilExactlyTheNextAllowedTimeThenSends() {
        Instant permittedAt = Instant.parse("2026-03-03T13:00:00Z");
        when(bed.gate.evaluate(any())).thenReturn(block(5L, permittedAt), allow(6L));

        ProcessInstance attempt = startAttempt("SMS");

        assertThat(attempt).isWaitingAt(OutreachAttempt.EVENT_WAIT_UNTIL_CONTACT_PERMITTED);
        verify(bed.ledger).record(CASE_ID, Channel.SMS, PHONE, OutreachAttempt.RESULT_BLOCKED, 5L, NOW);
        verify(bed.outreach, never()).compose(anyLong(), any(), anyInt(), anyString());
        Job timer = job(attempt);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(permittedAt);

        ClockUtil.setCurrentTime(Date.from(permittedAt));
        execute(timer);

        ArgumentCaptor<ContactProposal> proposals = ArgumentCaptor.forClass(ContactProposal.class);
        verify(bed.gate, times(2)).evaluate(proposals.capture());
        assertThat(proposals.getAllValues().get(1).at()).isEqualTo(permittedAt);
        assertThat(attempt).isWaitingAt(OutreachAttempt.TASK_SEND_MESSAGE);

        bed.dispatcher.dispatchPending();

        verify(bed.ledger).record(CASE_ID, Channel.SMS, PHONE, OutreachAttempt.RESULT_SENT, 6L, permittedAt);
        assertThat(attempt).isEnded().hasPassed(OutreachAttempt.END_ATTEMPT_MADE);
    }

    @Test
    void permanentlyBlockedChannelEndsWithoutWaiting() {
        when(bed.gate.evaluate(any())).thenReturn(block(8L, null));

        ProcessInstance attempt = startAttempt("CALL");

        verify(bed.ledger).record(CASE_ID, Channel.CALL, PHONE, OutreachAttempt.RESULT_BLOCKED, 8L, NOW);
        assertThat(attempt).isEnded().hasPassed(OutreachAttempt.END_CHANNEL_NOT_PERMITTED)
                .hasNotPassed(OutreachAttempt.TASK_COMPOSE_MESSAGE)
                .variables().containsEntry(OutreachAttempt.VAR_ATTEMPT_RESULT, OutreachAttempt.RESULT_BLOCKED);
    }

    @Test
    void stopThatClosesEveryChannelEndsTheAttemptWithTheReasonForTheJourney() {
        when(bed.gate.evaluate(any())).thenReturn(JourneyTestBed.stop(8L,
                new ComplianceReason("RF-23", "12 CFR 1006.6(b)(2)", "An attorney represents the consumer."),
                new ComplianceReason("RF-20", "12 CFR 1006.6(c)(1)", "The consumer asked us to stop.")));

        ProcessInstance attempt = startAttempt("SMS");

        verify(bed.ledger).record(CASE_ID, Channel.SMS, PHONE, OutreachAttempt.RESULT_BLOCKED, 8L, NOW);
        assertThat(attempt).isEnded().hasPassed(OutreachAttempt.END_AUTOMATED_CONTACT_STOPPED)
                .hasNotPassed(OutreachAttempt.END_CHANNEL_NOT_PERMITTED, OutreachAttempt.TASK_COMPOSE_MESSAGE)
                .variables()
                .containsEntry(OutreachAttempt.VAR_ATTEMPT_RESULT, OutreachAttempt.RESULT_AUTOMATION_STOPPED)
                .containsEntry(OutreachAttempt.VAR_STOP_REASON,
                        "RF-23: An attorney represents the consumer.; RF-20: The consumer asked us to stop.");
    }

    @Test
    void recordsTheAttemptAndEndsWhenNoContactPointServesTheChannel() {
        when(bed.outreach.compose(eq(CASE_ID), eq(Channel.EMAIL), anyInt(), anyString())).thenReturn(Optional.empty());

        ProcessInstance attempt = startAttempt("EMAIL");

        verify(bed.ledger).record(CASE_ID, Channel.EMAIL, JourneyTestBed.EMAIL,
                OutreachAttempt.RESULT_NO_CONTACT_POINT, 1L, NOW);
        verify(bed.outreach, never()).send(anyLong());
        assertThat(attempt).isEnded().hasPassed(OutreachAttempt.END_NO_WAY_TO_REACH_BORROWER)
                .variables().containsEntry(OutreachAttempt.VAR_ATTEMPT_RESULT, OutreachAttempt.RESULT_NO_CONTACT_POINT);
    }

    @Test
    void asksTheGateAboutTheContactPointOfTheChannelAtTheCurrentTime() {
        startAttempt("EMAIL");

        ArgumentCaptor<ContactProposal> proposal = ArgumentCaptor.forClass(ContactProposal.class);
        verify(bed.gate).evaluate(proposal.capture());
        assertThat(proposal.getValue()).isEqualTo(
                new ContactProposal(CASE_ID, Channel.EMAIL, JourneyTestBed.EMAIL, NOW));
        verify(bed.outreach).compose(CASE_ID, Channel.EMAIL, 1, "FRIENDLY");
    }

    private ProcessInstance startAttempt(String channel) {
        return runtimeService().startProcessInstanceByKey(OutreachAttempt.PROCESS_KEY, String.valueOf(CASE_ID),
                Map.of(OutreachAttempt.VAR_CASE_ID, CASE_ID, OutreachAttempt.VAR_CHANNEL, channel,
                        OutreachAttempt.VAR_STEP, 1, OutreachAttempt.VAR_TONE, "FRIENDLY"));
    }

}
