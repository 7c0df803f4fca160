package io.cureflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import io.cureflow.account.CaseService;
import io.cureflow.journey.internal.OutreachDispatcher;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import io.cureflow.support.EmbeddedPostgresSupport;
import io.cureflow.support.EngineClock;
import io.cureflow.support.IntegrationTest;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/** The import and the start of a journey up to its first message, on PostgreSQL as in production. */
@IntegrationTest
@TestPropertySource(properties = "cureflow.journey.outreach-worker.enabled=false")
class JourneyOnPostgresTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

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
    OutreachService outreach;

    static Clock clock() {
        return new EngineClock();
    }

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void importedAccountOpensACaseWhoseJourneySendsTheFirstMessage() throws Exception {
        JourneyDriver.setTime(JourneyEndToEndTests.THURSDAY_MORNING);
        JourneyDriver driver = new JourneyDriver(mvc, cases, journeys, dispatcher, management, runtime);
        String accountId = JourneyDriver.uniqueAccountId();

        long caseId = driver.importAndStartJourney(JourneyDriver.chicagoRow(accountId, "loan", "850.00", 12),
                accountId);
        driver.dispatchPendingOutreach();

        assertThat(outreach.conversationOfCase(caseId)).singleElement()
                .extracting(OutreachMessage::status).isEqualTo(OutreachMessage.Status.DELIVERED);
        DocumentContext json = driver.caseJson(caseId);
        assertThat(json.read("$.case.status", String.class)).isEqualTo("OPEN");
        assertThat(json.read("$.journey.waitingIn", List.class)).containsExactly("Wait for next reminder");
        assertThat(driver.timelineKinds(caseId)).containsSubsequence("CASE_OPENED", "STAGE_CHANGED", "MESSAGE_SENT");
    }
}
