package io.cureflow.journey.internal;

import io.cureflow.journey.OutreachAttempt;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static io.cureflow.journey.internal.JourneyTestBed.CASE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@Deployment(resources = {OutreachAttempt.RESOURCE})
class OutreachDispatcherTests {

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
    void failedSendIsRetriedAfterTheRetryTimeoutWithOneRetryLess() {
        ProcessInstance attempt = startAttempt();
        when(bed.outreach.send(anyLong())).thenThrow(new IllegalStateException("gateway refused +15555550100"));

        assertThat(bed.dispatcher.dispatchPending()).isEqualTo(1);

        ExternalTask task = externalTaskQuery().processInstanceId(attempt.getId()).singleResult();
        assertThat(task.getRetries()).isEqualTo(2);
        assertThat(task.getErrorMessage()).isEqualTo(IllegalStateException.class.getName());
        assertThat(engine.getExternalTaskService().getExternalTaskErrorDetails(task.getId()))
                .contains("IllegalStateException").doesNotContain("+15555550100");
        assertThat(task.getLockExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(bed.dispatcher.dispatchPending()).isZero();

        doReturn(null).when(bed.outreach).send(anyLong());
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(1)).plusMillis(1)));
        assertThat(bed.dispatcher.dispatchPending()).isEqualTo(1);

        assertThat(attempt).isEnded().hasPassed(OutreachAttempt.END_ATTEMPT_MADE);
    }

    @Test
    void sendThatKeepsFailingBecomesAnIncident() {
        ProcessInstance attempt = startAttempt();
        when(bed.outreach.send(anyLong())).thenThrow(new IllegalStateException("down"));

        for (int round = 0; round < 3; round++) {
            ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(2L * round))));
            assertThat(bed.dispatcher.dispatchPending()).isEqualTo(1);
        }

        assertThat(externalTaskQuery().processInstanceId(attempt.getId()).singleResult().getRetries()).isZero();
        assertThat(runtimeService().createIncidentQuery().processInstanceId(attempt.getId()).count()).isEqualTo(1);
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(1))));
        assertThat(bed.dispatcher.dispatchPending()).isZero();
    }

    @Test
    void taskCancelledWhileItIsBeingSentIsNotAFailure() {
        ProcessInstance attempt = startAttempt();
        when(bed.outreach.send(anyLong())).thenAnswer(call -> {
            runtimeService().deleteProcessInstance(attempt.getId(), "borrower replied");
            return null;
        });

        assertThat(bed.dispatcher.dispatchPending()).isEqualTo(1);

        assertThat(externalTaskQuery().count()).isZero();
        assertThat(runtimeService().createIncidentQuery().count()).isZero();
    }

    @Test
    void fetchesBatchAfterBatchUntilNothingIsDue() {
        for (int i = 0; i < 5; i++) {
            startAttempt();
        }
        JourneyProperties.OutreachWorker defaults = JourneyTestBed.properties().outreachWorker();
        OutreachDispatcher smallBatches = new OutreachDispatcher(engine.getExternalTaskService(), bed.outreach,
                new JourneyProperties(new JourneyProperties.OutreachWorker(true, 1, 2, defaults.lockDuration(),
                        defaults.minIdleWait(), defaults.maxIdleWait(), 3, defaults.retryTimeout(), ""),
                        JourneyTestBed.properties().validationNotice()));

        assertThat(smallBatches.dispatchPending()).isEqualTo(5);

        verify(bed.outreach, times(5)).send(anyLong());
        assertThat(externalTaskQuery().count()).isZero();
    }

    private ProcessInstance startAttempt() {
        return runtimeService().startProcessInstanceByKey(OutreachAttempt.PROCESS_KEY, String.valueOf(CASE_ID),
                Map.of(OutreachAttempt.VAR_CASE_ID, CASE_ID, OutreachAttempt.VAR_CHANNEL, "SMS",
                        OutreachAttempt.VAR_STEP, 1, OutreachAttempt.VAR_TONE, "FRIENDLY"));
    }
}
