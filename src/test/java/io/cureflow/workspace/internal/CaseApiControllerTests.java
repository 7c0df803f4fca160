package io.cureflow.workspace.internal;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.Promise;
import io.cureflow.understanding.ReplyAction;
import io.cureflow.account.CaseFilter;
import io.cureflow.account.CasePage;
import io.cureflow.account.CaseService;
import io.cureflow.account.CaseStatus;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.account.StageChange;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.journey.JourneyQueries;
import io.cureflow.journey.JourneyStatus;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.OutreachService;
import io.cureflow.payment.PaymentService;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.understanding.ReplyClassifications;
import io.cureflow.payment.PaymentView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.cureflow.workspace.internal.CaseFixtures.CASE_ID;
import static io.cureflow.workspace.internal.CaseFixtures.classified;
import static io.cureflow.workspace.internal.CaseFixtures.inbound;
import static io.cureflow.workspace.internal.CaseFixtures.openCase;
import static io.cureflow.workspace.internal.CaseFixtures.outbound;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CaseApiController.class)
@Import(CaseTimeline.class)
class CaseApiControllerTests {

    private static final Instant SENT = Instant.parse("2026-11-03T15:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CaseService cases;
    @MockitoBean
    OutreachService outreach;
    @MockitoBean
    ContactLedger ledger;
    @MockitoBean
    PaymentService payments;
    @MockitoBean
    JourneyQueries journeys;
    @MockitoBean
    ReplyClassifications replies;
    @MockitoBean
    ContactRestrictions restrictions;

    @BeforeEach
    void aCaseWithSomeHistory() {
        when(cases.findCase(CASE_ID)).thenReturn(Optional.of(openCase()));
        when(cases.stageHistory(CASE_ID)).thenReturn(List.of(
                new StageChange(CASE_ID, DelinquencyStage.EARLY, DelinquencyStage.DAYS_30, 30, SENT.minusSeconds(60))));
        when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of(
                outbound(1, Channel.SMS, Status.DELIVERED, "Your payment is late", SENT, SENT),
                inbound(2, "I will pay Friday", SENT.plusSeconds(600))));
        when(ledger.blockedContactsOfCase(CASE_ID)).thenReturn(List.of());
        when(ledger.attemptsOfCase(CASE_ID)).thenReturn(List.of());
        when(payments.paymentsOfCase(CASE_ID)).thenReturn(List.of(new PaymentView(9, "PAY-9", 7, CASE_ID,
                new BigDecimal("100.00"), "USD", SENT.plusSeconds(3600), 22)));
        when(journeys.statusOf(CASE_ID)).thenReturn(new JourneyStatus(CASE_ID, true, List.of("Wait for reply"),
                List.of(new JourneyStatus.Timer("Next outreach step", Instant.parse("2026-11-10T14:00:00Z"))),
                List.of()));
    }

    @Nested
    class OneCase {

        @Test
        void returnsTheCaseWithItsFigures() throws Exception {
            mvc.perform(get("/api/v1/cases/{id}", CASE_ID).with(user("agent").roles("AGENT")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.case.caseId").value(CASE_ID))
                    .andExpect(jsonPath("$.case.accountExternalId").value("ACC-1001"))
                    .andExpect(jsonPath("$.case.borrowerName").value("Dana Whitfield"))
                    .andExpect(jsonPath("$.case.creditor").value("Northwind Bank"))
                    .andExpect(jsonPath("$.case.balance").value(1250.40))
                    .andExpect(jsonPath("$.case.amountPastDue").value(310.00))
                    .andExpect(jsonPath("$.case.currency").value("USD"))
                    .andExpect(jsonPath("$.case.dueDate").value("2026-10-01"))
                    .andExpect(jsonPath("$.case.daysPastDue").value(52))
                    .andExpect(jsonPath("$.case.status").value("OPEN"))
                    .andExpect(jsonPath("$.case.stage").value("DAYS_30"))
                    .andExpect(jsonPath("$.case.openedAt").value("2026-11-02T14:00:00Z"));
        }

        @Test
        void tellsWhereTheJourneyStands() throws Exception {
            mvc.perform(get("/api/v1/cases/{id}", CASE_ID).with(user("agent").roles("AGENT")))
                    .andExpect(jsonPath("$.journey.running").value(true))
                    .andExpect(jsonPath("$.journey.waitingIn", contains("Wait for reply")))
                    .andExpect(jsonPath("$.journey.timers[0].name").value("Next outreach step"))
                    .andExpect(jsonPath("$.journey.timers[0].dueAt").value("2026-11-10T14:00:00Z"))
                    .andExpect(jsonPath("$.journey.openTasks", hasSize(0)));
        }

        @Test
        void listsTheTimelineOldestFirstWithEnglishSummaries() throws Exception {
            mvc.perform(get("/api/v1/cases/{id}", CASE_ID).with(user("agent").roles("AGENT"))
                            .header("Accept-Language", "es"))
                    .andExpect(jsonPath("$.timeline[*].kind", contains("CASE_OPENED", "STAGE_CHANGED",
                            "MESSAGE_SENT", "REPLY_RECEIVED", "PAYMENT_POSTED")))
                    .andExpect(jsonPath("$.timeline[0].at").value("2026-11-02T14:00:00Z"))
                    .andExpect(jsonPath("$.timeline[1].summary")
                            .value("Stage changed from Early to 30+ days at 30 days past due"))
                    .andExpect(jsonPath("$.timeline[2].summary").value("Message sent by SMS"))
                    .andExpect(jsonPath("$.timeline[2].details.channel").value("SMS"))
                    .andExpect(jsonPath("$.timeline[2].details.status").value("DELIVERED"))
                    .andExpect(jsonPath("$.timeline[3].details.body").value("I will pay Friday"))
                    .andExpect(jsonPath("$.timeline[4].summary")
                            .value("Payment of 100.00 USD posted, 22 days past due after it"))
                    .andExpect(jsonPath("$.timeline[4].details.amount").value(100.00))
                    .andExpect(jsonPath("$.timeline[4].details.daysPastDueAfter").value(22));
        }

        @Test
        void answersAnUnknownCaseWithNotFound() throws Exception {
            when(cases.findCase(999L)).thenReturn(Optional.empty());

            mvc.perform(get("/api/v1/cases/999").with(user("agent").roles("AGENT")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.error").value("not_found"))
                    .andExpect(jsonPath("$.field").value("id"))
                    .andExpect(jsonPath("$.message").value("No case with id 999"));
        }

        @Test
        void rejectsAnIdThatIsNotANumber() throws Exception {
            mvc.perform(get("/api/v1/cases/abc").with(user("agent").roles("AGENT")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_parameter"))
                    .andExpect(jsonPath("$.field").value("id"))
                    .andExpect(jsonPath("$.message").value("id must be a whole number"));
            verify(cases, never()).findCase(anyLong());
        }

        @Test
        void includesHowEachReplyWasClassifiedAndWhatWasDone() throws Exception {
            when(replies.ofCase(CASE_ID)).thenReturn(List.of(classified(2, new Classification(
                    Intent.PROMISE_TO_PAY, null, 0.87, new Promise(LocalDate.parse("2026-11-13"),
                    new BigDecimal("210.00")), List.of(new Evidence("pay Friday", 7, 17)), List.of(Intent.QUESTION),
                    "en", false, "offline"), ReplyAction.PROMISE_RECORDED)));

            mvc.perform(get("/api/v1/cases/{id}", CASE_ID).with(user("agent").roles("AGENT")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.replies", hasSize(1)))
                    .andExpect(jsonPath("$.replies[0].messageId").value(2))
                    .andExpect(jsonPath("$.replies[0].intent").value("promise_to_pay"))
                    .andExpect(jsonPath("$.replies[0].confidence").value(0.87))
                    .andExpect(jsonPath("$.replies[0].promise.date").value("2026-11-13"))
                    .andExpect(jsonPath("$.replies[0].promise.amount").value(210.00))
                    .andExpect(jsonPath("$.replies[0].evidence[0].text").value("pay Friday"))
                    .andExpect(jsonPath("$.replies[0].evidence[0].start").value(7))
                    .andExpect(jsonPath("$.replies[0].alsoDetected", contains("question")))
                    .andExpect(jsonPath("$.replies[0].needsReview").value(false))
                    .andExpect(jsonPath("$.replies[0].actions", contains("PROMISE_RECORDED")))
                    .andExpect(jsonPath("$.timeline[3].details.intent").value("PROMISE_TO_PAY"))
                    .andExpect(jsonPath("$.timeline[3].details.promiseDate").value("2026-11-13"));
        }

        @Test
        void listsNoRepliesForACaseWithoutClassifiedReplies() throws Exception {
            mvc.perform(get("/api/v1/cases/{id}", CASE_ID).with(user("agent").roles("AGENT")))
                    .andExpect(jsonPath("$.replies", hasSize(0)));
        }

        @Test
        void refusesAnonymousCallers() throws Exception {
            mvc.perform(get("/api/v1/cases/{id}", CASE_ID)).andExpect(status().isUnauthorized());
        }
    }

    @Nested
    class ListOfCases {

        @Test
        void passesFiltersAndPageToTheAccountModule() throws Exception {
            when(cases.listCases(new CaseFilter(CaseStatus.WITH_AGENT, DelinquencyStage.DAYS_60), 2, 10))
                    .thenReturn(new CasePage(List.of(openCase()), 2, 10, 21));

            mvc.perform(get("/api/v1/cases").param("status", "WITH_AGENT").param("stage", "DAYS_60")
                            .param("page", "2").param("size", "10").with(user("agent").roles("AGENT")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cases[0].caseId").value(CASE_ID))
                    .andExpect(jsonPath("$.cases[0].borrowerName").value("Dana Whitfield"))
                    .andExpect(jsonPath("$.page").value(2))
                    .andExpect(jsonPath("$.size").value(10))
                    .andExpect(jsonPath("$.total").value(21));
        }

        @Test
        void listsEveryCaseWithoutFilters() throws Exception {
            when(cases.listCases(CaseFilter.all(), 0, 25)).thenReturn(new CasePage(List.of(), 0, 25, 0));

            mvc.perform(get("/api/v1/cases").with(user("agent").roles("AGENT")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cases", hasSize(0)))
                    .andExpect(jsonPath("$.total").value(0));
        }

        @Test
        void namesTheStatusParameterWhenItsValueIsUnknown() throws Exception {
            mvc.perform(get("/api/v1/cases").param("status", "PENDING").with(user("agent").roles("AGENT")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("status"))
                    .andExpect(jsonPath("$.message").value("status must be one of OPEN, WITH_AGENT, CLOSED"));
        }

        @Test
        void namesTheStageParameterWhenItsValueIsUnknown() throws Exception {
            mvc.perform(get("/api/v1/cases").param("stage", "DAYS_45").with(user("agent").roles("AGENT")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("stage"))
                    .andExpect(jsonPath("$.message", containsString("DAYS_30")));
        }

        @Test
        void boundsThePageSize() throws Exception {
            mvc.perform(get("/api/v1/cases").param("size", "101").with(user("agent").roles("AGENT")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("size"))
                    .andExpect(jsonPath("$.message").value("size must be between 1 and 100"));
            verify(cases, never()).listCases(any(), anyInt(), anyInt());
        }

        @Test
        void rejectsANegativePage() throws Exception {
            mvc.perform(get("/api/v1/cases").param("page", "-1").with(user("agent").roles("AGENT")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("page"));
        }
    }
}
