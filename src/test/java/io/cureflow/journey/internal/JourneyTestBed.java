package io.cureflow.journey.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.account.CaseStatus;
import io.cureflow.account.CaseView;
import io.cureflow.account.ContactPointView;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ContactComplianceGate;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ValidationNotices;
import io.cureflow.outreach.ValidationNoticeSender;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import io.cureflow.account.CaseOpened;
import io.cureflow.journey.DelinquencyJourney;
import io.cureflow.support.EngineClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The journeys' real delegates, registered by bean name, on top of mocked module APIs: what the process tests drive.
 */
final class JourneyTestBed {

    static final long CASE_ID = 7L;
    static final long ACCOUNT_ID = 70L;
    static final long PHONE_ID = 11L;
    static final long EMAIL_ID = 12L;
    static final String PHONE = "+15555550100";
    static final String EMAIL = "borrower@example.org";

    final CaseService cases = mock(CaseService.class);
    final ContactComplianceGate gate = mock(ContactComplianceGate.class);
    final ContactLedger ledger = mock(ContactLedger.class);
    final OutreachService outreach = mock(OutreachService.class);
    final ValidationNotices validationNotices = mock(ValidationNotices.class);
    final ValidationNoticeSender noticeSender = mock(ValidationNoticeSender.class);
    final Clock clock = new EngineClock();
    final RuntimeService runtime;
    final OutreachDispatcher dispatcher;
    final JourneyStarter starter;
    final JourneyCorrelations correlations;
    final ValidationNoticeStarter noticeStarter;
    final EngineJourneyQueries queries;
    FakeDelinquency account = FakeDelinquency.daysPastDue(10);

    JourneyTestBed(ProcessEngine engine) {
        // Spring contexts of other tests in this JVM have engines too: the assertions must use this one
        BpmnAwareTests.init(engine);
        when(cases.assess(anyLong())).thenAnswer(call -> account.assess(call.getArgument(0)));
        when(cases.findCase(anyLong())).thenAnswer(call -> Optional.of(caseView()));
        when(cases.contactOf(anyLong())).thenReturn(contact());
        allowEveryContact();
        when(outreach.contactPointFor(anyLong(), any(Channel.class))).thenAnswer(call -> contact().contactPoints()
                .stream()
                .filter(point -> (call.getArgument(1) == Channel.EMAIL) == (point.kind() == ContactPointView.Kind.EMAIL))
                .findFirst());
        when(outreach.compose(anyLong(), any(Channel.class), anyInt(), anyString())).thenAnswer(call -> Optional.of(
                message(100L + call.<Integer>getArgument(2), call.getArgument(1))));
        when(outreach.send(anyLong())).thenAnswer(call -> message(call.getArgument(0), Channel.SMS));

        Mocks.register("assessDelinquency", new AssessDelinquencyDelegate(cases));
        Mocks.register("closeCase", new CloseCaseDelegate(cases));
        Mocks.register("pickNextStep", new PickNextStepDelegate(clock));
        Mocks.register("handToAgent", new HandToAgentDelegate(cases));
        Mocks.register("resumeAutomation", new ResumeAutomationDelegate(cases));
        Mocks.register("checkCompliance", new CheckComplianceDelegate(outreach, gate, clock));
        Mocks.register("composeMessage", new ComposeMessageDelegate(outreach));
        Mocks.register("recordContactAttempt", new RecordContactAttemptDelegate(cases, ledger, outreach, clock));
        Mocks.register("recordBlockedAttempt", new RecordBlockedAttemptDelegate(cases, ledger, clock));
        Mocks.register("recordMissingContactPoint", new RecordMissingContactPointDelegate(cases, ledger, clock));
        Mocks.register("trackValidationNotice", new TrackValidationNoticeDelegate(validationNotices, clock));
        Mocks.register("sendValidationNotice",
                new SendValidationNoticeDelegate(noticeSender, validationNotices, ledger, clock));
        Mocks.register("recordMailedNotice", new RecordMailedNoticeDelegate(validationNotices, clock));
        Mocks.register("escalateNoticeDeadline", new EscalateNoticeDeadlineDelegate());

        runtime = engine.getRuntimeService();
        dispatcher = new OutreachDispatcher(engine.getExternalTaskService(), outreach, properties());
        starter = new JourneyStarter(engine.getRuntimeService(), cases);
        correlations = new JourneyCorrelations(engine.getRuntimeService());
        noticeStarter = new ValidationNoticeStarter(engine.getRuntimeService(), properties());
        queries = new EngineJourneyQueries(engine.getRuntimeService(), engine.getManagementService(),
                engine.getRepositoryService(), engine.getTaskService());
    }

    /** Opens the case as the account module would announce it and returns its journey. */
    ProcessInstance starterStart() {
        starter.on(new CaseOpened(CASE_ID, ACCOUNT_ID));
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(DelinquencyJourney.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(CASE_ID))
                .singleResult();
    }

    static JourneyProperties properties() {
        return new JourneyProperties(new JourneyProperties.OutreachWorker(true, 1, 100, Duration.ofMinutes(5),
                Duration.ofMillis(10), Duration.ofMillis(100), 3, Duration.ofMinutes(1), "test-worker"),
                new JourneyProperties.ValidationNoticeTracking(Duration.ofDays(1)));
    }

    void allowEveryContact() {
        when(gate.evaluate(any())).thenReturn(allow(1L));
    }

    static ComplianceDecision allow(long decisionId) {
        return new ComplianceDecision(decisionId, ComplianceDecision.Verdict.ALLOW, List.of(), null, false);
    }

    static ComplianceDecision block(long decisionId, Instant nextAllowedAt) {
        return new ComplianceDecision(decisionId, ComplianceDecision.Verdict.BLOCK, List.of(), nextAllowedAt, false);
    }

    /** A permanent block that closes every automated channel of the case, for these rules. */
    static ComplianceDecision stop(long decisionId, ComplianceReason... reasons) {
        return new ComplianceDecision(decisionId, ComplianceDecision.Verdict.BLOCK, List.of(reasons), null, true);
    }

    static void close() {
        Mocks.reset();
    }

    private CaseView caseView() {
        return new CaseView(CASE_ID, ACCOUNT_ID, "ACC-1", 700L, "Test Borrower", "Bank", "CREDIT_CARD",
                new BigDecimal("1200.00"), new BigDecimal("150.00"), "USD", null, 10, CaseStatus.OPEN,
                DelinquencyStage.EARLY, null, Instant.EPOCH, null);
    }

    private static CaseContact contact() {
        return new CaseContact(CASE_ID, ACCOUNT_ID, "ACC-1", 700L, "Test", "Borrower", "en", "NY", "10001",
                "America/New_York", List.of(
                        new ContactPointView(PHONE_ID, ContactPointView.Kind.PHONE, PHONE, "MOBILE", true, false),
                        new ContactPointView(EMAIL_ID, ContactPointView.Kind.EMAIL, EMAIL, null, true, false)),
                "Bank", "CREDIT_CARD", new BigDecimal("1200.00"), new BigDecimal("150.00"), "USD", 10);
    }

    private static OutreachMessage message(long messageId, Channel channel) {
        return new OutreachMessage(messageId, CASE_ID, channel, OutreachMessage.Direction.OUTBOUND, null, null,
                OutreachMessage.Status.COMPOSED, Instant.EPOCH, null);
    }
}
