package io.cureflow.journey.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseOpened;
import io.cureflow.account.CaseService;
import io.cureflow.account.CaseStatus;
import io.cureflow.account.CaseView;
import io.cureflow.account.DelinquencyAssessment;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactComplianceGate;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.journey.DelinquencyJourney;
import io.cureflow.journey.JourneyQueries;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The journey in the application's Spring context: models deployed by the resource pattern, delegates found by bean
 * name, events reaching the engine through the module listeners. Other modules' APIs are mocked.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:journey-wiring;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "cureflow.account.demo-data.enabled=false",
        "cureflow.journey.outreach-worker.enabled=false"})
class JourneyWiringTests {

    private static final long CASE_ID = 41L;

    @MockitoBean
    CaseService cases;
    @MockitoBean
    ContactComplianceGate gate;
    @MockitoBean
    ContactLedger ledger;
    @MockitoBean
    OutreachService outreach;

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OutreachDispatcher dispatcher;
    @Autowired
    JourneyQueries journeys;
    @Autowired
    RepositoryService repository;
    @Autowired
    Clock clock;

    @Test
    void deploysTheDesignersFilesIncludingForms() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(DelinquencyJourney.PROCESS_KEY)
                .count()).isEqualTo(1);
        assertThat(repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(DelinquencyJourney.DECISION_TREATMENT_STRATEGY).count()).isEqualTo(1);
        String deploymentId = repository.createProcessDefinitionQuery()
                .processDefinitionKey(DelinquencyJourney.PROCESS_KEY).singleResult().getDeploymentId();
        // the Spring auto-deployment names a resource by its file path when the classpath is a directory
        assertThat(repository.getDeploymentResourceNames(deploymentId))
                .anySatisfy(name -> assertThat(name).endsWith("review-reply.form"))
                .anySatisfy(name -> assertThat(name).endsWith("charge-off-review.form"));
    }

    @Test
    void openedCaseStartsItsJourneyAndAClassifiedReplyHandsItToAnAgent() {
        Instant now = clock.instant();
        when(cases.findCase(anyLong())).thenReturn(Optional.of(new CaseView(CASE_ID, 410L, "ACC-41", 4100L, "B",
                "Bank", "CREDIT_CARD", new BigDecimal("900.00"), new BigDecimal("90.00"), "USD", null, 12,
                CaseStatus.OPEN, DelinquencyStage.EARLY, null, now, null)));
        when(cases.assess(anyLong())).thenReturn(new DelinquencyAssessment(CASE_ID, 12, DelinquencyStage.EARLY,
                false, now.plus(Duration.ofDays(18))));
        when(cases.contactOf(anyLong())).thenReturn(new CaseContact(CASE_ID, 410L, "ACC-41", 4100L, "B", "B", "en",
                "NY", "10001", null, List.of(), "Bank", "CREDIT_CARD", new BigDecimal("900.00"),
                new BigDecimal("90.00"), "USD", 12));
        when(gate.evaluate(any())).thenReturn(JourneyTestBed.allow(3L));
        when(outreach.compose(anyLong(), any(Channel.class), anyInt(), anyString())).thenReturn(Optional.of(
                new OutreachMessage(900L, CASE_ID, Channel.SMS, OutreachMessage.Direction.OUTBOUND, null, null,
                        OutreachMessage.Status.COMPOSED, now, null)));

        publish(new CaseOpened(CASE_ID, 410L));

        await().atMost(Duration.ofSeconds(10)).until(() -> journeys.statusOf(CASE_ID).running());
        assertThat(dispatcher.dispatchPending()).isEqualTo(1);
        verify(outreach).send(900L);
        assertThat(journeys.statusOf(CASE_ID).waitingIn()).containsExactly("Wait for next reminder");

        publish(ClassifiedReplies.forAnAgent(CASE_ID, 901L));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> journeys.statusOf(CASE_ID).openTasks().contains("Review borrower reply"));
        verify(cases).handToAgent(CASE_ID, "BORROWER_REPLIED");
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }
}
