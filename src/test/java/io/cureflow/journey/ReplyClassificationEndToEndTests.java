package io.cureflow.journey;

import com.jayway.jsonpath.DocumentContext;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.journey.internal.OutreachDispatcher;
import io.cureflow.support.EngineClock;
import io.cureflow.support.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reply through the sandbox on the whole application with the real classifier bean: unmistakable texts, so that the
 * test holds whichever classifier is configured. The stop is recorded with the reply and the journey hands the case
 * to the contact-stop review, never to the plain reply review.
 */
@IntegrationTest
@TestPropertySource(properties = "cureflow.journey.outreach-worker.enabled=false")
class ReplyClassificationEndToEndTests {

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
    ContactRestrictions restrictions;

    JourneyDriver driver;
    final String accountId = JourneyDriver.uniqueAccountId();

    static Clock clock() {
        return new EngineClock();
    }

    @BeforeEach
    void thursdayMorningInChicago() {
        JourneyDriver.setTime(JourneyEndToEndTests.THURSDAY_MORNING);
        driver = new JourneyDriver(mvc, cases, journeys, dispatcher, management, runtime);
    }

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    @ParameterizedTest
    @CsvSource({"STOP CONTACTING ME ABOUT THIS DEBT, cease, CEASE",
            "I filed for chapter 7 bankruptcy, bankruptcy, BANKRUPTCY"})
    void aReplyThatStopsContactIsRecordedWithComplianceAndHandsTheCaseToTheStopReview(String text, String intent,
                                                                                     RestrictionKind kind)
            throws Exception {
        long caseId = driver.importAndStartJourney(JourneyDriver.chicagoRow(accountId, "loan", "850.00", 12),
                accountId);
        driver.dispatchPendingOutreach();
        driver.awaitWaitingIn(caseId, "Wait for next reminder");

        driver.replyAsBorrower(caseId, text).andExpect(status().isCreated());

        long account = cases.findCase(caseId).orElseThrow().accountId();
        List<ContactRestriction> recorded = restrictions.ofAccount(account);
        assertThat(recorded).filteredOn(restriction -> restriction.kind() == kind).singleElement()
                .satisfies(restriction -> {
                    assertThat(restriction.source()).isEqualTo(RestrictionSource.INBOUND_EMAIL);
                    assertThat(restriction.note()).contains("Reply message").doesNotContain(text);
                });
        driver.awaitOpenTask(caseId, "Review contact stop");
        DocumentContext json = driver.caseJson(caseId);
        assertThat(json.read("$.replies[0].intent", String.class)).isEqualTo(intent);
        assertThat(json.read("$.replies[0].actions", List.class)).contains("STOP_RECORDED");
        assertThat(json.read("$.replies[0].evidence", List.class)).isNotEmpty();
        assertThat(json.read("$.journey.openTasks", List.class)).containsExactly("Review contact stop");
        assertThat(json.read("$.case.status", String.class)).isEqualTo("WITH_AGENT");
    }
}
