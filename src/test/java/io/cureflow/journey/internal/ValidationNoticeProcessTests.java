package io.cureflow.journey.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.InitialCommunicationRecorded;
import io.cureflow.compliance.NoticeMedium;
import io.cureflow.compliance.ValidationNoticeStatus;
import io.cureflow.compliance.ValidationPeriod;
import io.cureflow.journey.DelinquencyJourney;
import io.cureflow.journey.OutreachAttempt;
import io.cureflow.journey.ValidationNotice;
import io.cureflow.outreach.OutreachMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import static io.cureflow.journey.internal.JourneyTestBed.CASE_ID;
import static io.cureflow.journey.internal.JourneyTestBed.EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The validation notice after the first communication: emailed at once, or mailed by a person before the deadline. */
@Deployment(resources = {DelinquencyJourney.RESOURCE, OutreachAttempt.RESOURCE, DelinquencyJourney.DECISION_RESOURCE,
        ValidationNotice.RESOURCE, "forms/review-reply.form", "forms/charge-off-review.form",
        "forms/review-contact-stop.form", "forms/mail-validation-notice.form"})
class ValidationNoticeProcessTests {

    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    private static final Instant DUE_AT = Instant.parse("2026-03-08T05:00:00Z");
    private static final ValidationPeriod PERIOD = new ValidationPeriod(LocalDate.parse("2026-03-02"),
            LocalDate.parse("2026-03-09"), LocalDate.parse("2026-04-08"));

    @RegisterExtension
    static ProcessEngineExtension engine = EngineOnlyTests.engine();

    private JourneyTestBed bed;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        bed = new JourneyTestBed(engine.getProcessEngine());
        when(bed.validationNotices.recordInitialCommunication(eq(CASE_ID), any(), any()))
                .thenReturn(Optional.of(status(null, null)));
    }

    @AfterEach
    void tearDown() {
        JourneyTestBed.close();
        ClockUtil.reset();
    }

    @Test
    void firstMessageSentIsRecordedAsTheInitialCommunicationOnce() {
        ProcessInstance journey = bed.starterStart();
        bed.dispatcher.dispatchPending();

        verify(bed.validationNotices).recordInitialCommunication(CASE_ID, Channel.SMS, NOW);
        assertThat(journey).hasPassed(DelinquencyJourney.TASK_TRACK_VALIDATION_NOTICE)
                .isWaitingAt(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER)
                .variables().containsEntry(DelinquencyJourney.VAR_VALIDATION_NOTICE_TRACKED, true);

        Job reminder = managementService().createJobQuery().processInstanceId(journey.getId())
                .activityId(DelinquencyJourney.EVENT_WAIT_FOR_NEXT_REMINDER).singleResult();
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);
        bed.dispatcher.dispatchPending();

        verify(bed.validationNotices, times(1)).recordInitialCommunication(anyLong(), any(), any());
    }

    @Test
    void blockedFirstAttemptIsNoCommunication() {
        when(bed.gate.evaluate(any())).thenReturn(JourneyTestBed.block(5L, null));

        bed.starterStart();

        verify(bed.validationNotices, never()).recordInitialCommunication(anyLong(), any(), any());
    }

    @Test
    void noticeIsEmailedRightAfterTheInitialCommunication() {
        when(bed.noticeSender.sendByEmail(CASE_ID)).thenReturn(Optional.of(emailedNotice()));
        when(bed.validationNotices.statusOf(CASE_ID)).thenReturn(Optional.of(status(NOW, NoticeMedium.EMAIL)));

        ProcessInstance notice = startNoticeProcess();
        assertThat(notice).isWaitingAt(ValidationNotice.TASK_SEND_VALIDATION_NOTICE);
        execute(job(notice));

        verify(bed.ledger).record(CASE_ID, Channel.EMAIL, EMAIL, OutreachAttempt.RESULT_SENT, null, NOW);
        assertThat(notice).isEnded().hasPassed(ValidationNotice.END_VALIDATION_NOTICE_EMAILED)
                .variables().containsEntry(ValidationNotice.VAR_VALIDATION_NOTICE_SENT, true)
                .containsEntry(ValidationNotice.VAR_VALIDATION_PERIOD_ENDS_ON, "2026-04-08");
    }

    @Test
    void withoutAnEmailAddressAPersonMailsTheNoticeByTheDeadline() {
        ProcessInstance notice = startNoticeProcess();
        execute(job(notice));

        assertThat(notice).isWaitingAt(ValidationNotice.TASK_MAIL_VALIDATION_NOTICE);
        Task mail = task(notice);
        assertThat(mail).hasCandidateGroup(ValidationNotice.GROUP_MAILING);
        assertThat(mail.getDueDate().toInstant()).isEqualTo(DUE_AT);
        assertThat(taskQuery().processInstanceId(notice.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey()).isEqualTo(ValidationNotice.FORM_MAIL_VALIDATION_NOTICE);

        when(bed.validationNotices.recordNoticeSent(CASE_ID, NoticeMedium.MAIL, NOW))
                .thenReturn(status(NOW, NoticeMedium.MAIL));
        complete(mail, Map.of(ValidationNotice.VAR_VALIDATION_NOTICE_MAILED, true));

        verify(bed.validationNotices).recordNoticeSent(CASE_ID, NoticeMedium.MAIL, NOW);
        assertThat(notice).isEnded().hasPassed(ValidationNotice.END_VALIDATION_NOTICE_MAILED)
                .variables().containsEntry(ValidationNotice.VAR_VALIDATION_PERIOD_ENDS_ON, "2026-04-08");
    }

    @Test
    void unmailedNoticeIsEscalatedADayBeforeItsDeadline() {
        ProcessInstance notice = startNoticeProcess();
        execute(job(notice));

        Job warning = managementService().createJobQuery().processInstanceId(notice.getId())
                .activityId(ValidationNotice.EVENT_NOTICE_DEADLINE_NEAR).singleResult();
        assertThat(warning.getDuedate().toInstant()).isEqualTo(DUE_AT.minusSeconds(86_400));
        ClockUtil.setCurrentTime(warning.getDuedate());
        execute(warning);

        Task mail = task(notice);
        assertThat(mail.getPriority()).isEqualTo(ValidationNotice.ESCALATED_PRIORITY);
        assertThat(taskService().getIdentityLinksForTask(mail.getId()))
                .extracting(link -> link.getGroupId())
                .contains(ValidationNotice.GROUP_MAILING, ValidationNotice.GROUP_ESCALATION);
        assertThat(notice).isWaitingAt(ValidationNotice.TASK_MAIL_VALIDATION_NOTICE)
                .hasPassed(ValidationNotice.END_DEADLINE_ESCALATED);
    }

    @Test
    void startsOneNoticeProcessPerCase() {
        startNoticeProcess();
        startNoticeProcess();

        assertThat(processInstanceQuery().processDefinitionKey(ValidationNotice.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(CASE_ID)).count()).isEqualTo(1);
    }

    private ProcessInstance startNoticeProcess() {
        bed.noticeStarter.on(new InitialCommunicationRecorded(CASE_ID, NOW, DUE_AT));
        return processInstanceQuery().processDefinitionKey(ValidationNotice.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(CASE_ID)).singleResult();
    }

    private static ValidationNoticeStatus status(Instant sentAt, NoticeMedium medium) {
        return new ValidationNoticeStatus(CASE_ID, NOW, Channel.SMS, LocalDate.parse("2026-03-07"), DUE_AT, sentAt,
                medium, sentAt == null ? null : PERIOD);
    }

    private static OutreachMessage emailedNotice() {
        return new OutreachMessage(900L, CASE_ID, Channel.EMAIL, OutreachMessage.Direction.OUTBOUND, EMAIL, "notice",
                OutreachMessage.Status.SENT, NOW, NOW);
    }
}
