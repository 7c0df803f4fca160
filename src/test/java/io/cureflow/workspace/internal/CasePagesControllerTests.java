package io.cureflow.workspace.internal;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.Promise;
import io.cureflow.understanding.ReplyAction;
import io.cureflow.account.CaseFilter;
import io.cureflow.account.CasePage;
import io.cureflow.account.CaseService;
import io.cureflow.account.CaseStatus;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContactLedger.BlockedContact;
import io.cureflow.journey.JourneyQueries;
import io.cureflow.journey.JourneyStatus;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.MessageProvenance;
import io.cureflow.outreach.OutreachService;
import io.cureflow.payment.PaymentService;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.understanding.ReplyClassifications;
import io.cureflow.payment.PaymentView;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.cureflow.workspace.internal.CaseFixtures.CASE_ID;
import static io.cureflow.workspace.internal.CaseFixtures.classified;
import static io.cureflow.workspace.internal.CaseFixtures.inbound;
import static io.cureflow.workspace.internal.CaseFixtures.openCase;
import static io.cureflow.workspace.internal.CaseFixtures.outbound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CasePagesController.class)
@Import({CaseTimeline.class, TimelinePresenter.class})
class CasePagesControllerTests {

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
        when(cases.stageHistory(CASE_ID)).thenReturn(List.of());
        when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of(
                outbound(1, Channel.SMS, Status.DELIVERED, "Your payment is late", SENT, SENT)));
        when(ledger.blockedContactsOfCase(CASE_ID)).thenReturn(List.of(new BlockedContact(4, Channel.SMS,
                SENT.minusSeconds(3600), SENT, "Outside contact hours")));
        when(ledger.attemptsOfCase(CASE_ID)).thenReturn(List.of());
        when(payments.paymentsOfCase(CASE_ID)).thenReturn(List.of(new PaymentView(9, "PAY-9", 7, CASE_ID,
                new BigDecimal("100.00"), "USD", SENT.plusSeconds(7200), 22)));
        when(journeys.statusOf(CASE_ID)).thenReturn(new JourneyStatus(CASE_ID, true, List.of("Wait for reply"),
                List.of(new JourneyStatus.Timer("Next outreach step", Instant.parse("2026-11-10T14:00:00Z"))),
                List.of("Review hardship")));
    }

    @Nested
    class CasePageView {

        @Test
        void showsTheCaseHeader() throws Exception {
            String html = page(get("/cases/{id}", CASE_ID));

            assertThat(html).contains("Dana Whitfield", "ACC-1001", "Northwind Bank", "Credit card",
                    "1,250.40 USD", "310.00 USD", ">52<", "badge-stage-DAYS_30", "30+ days", "badge-status-OPEN");
        }

        @Test
        void showsWhereTheJourneyStandsWithALinkToTasklist() throws Exception {
            String html = page(get("/cases/{id}", CASE_ID));

            assertThat(html).contains("Where the case stands", "Wait for reply", "Next outreach step",
                    "2026-11-10 14:00 UTC", "Review hardship", "href=\"/camunda/app/tasklist/\"");
        }

        @Test
        void showsBesideEachSentMessageWhichWriterProducedIt() throws Exception {
            when(outreach.provenanceOfCase(CASE_ID)).thenReturn(Map.of(1L, new MessageProvenance("llm",
                    "sms/reminder/supportive#b", "gpt-4o-mini", "write-v1")));

            assertThat(page(get("/cases/{id}", CASE_ID))).contains("Written by", "the language model",
                    "Template and variant", "sms/reminder/supportive#b", "Language model", "gpt-4o-mini",
                    "Prompt version", "write-v1");
            assertThat(page(get("/cases/{id}", CASE_ID).header("Accept-Language", "es"))).contains("Escrito por",
                    "el modelo de lenguaje", "Versión del prompt");
        }

        @Test
        void showsTheTimelineNewestFirst() throws Exception {
            String html = page(get("/cases/{id}", CASE_ID));

            assertThat(html).contains("Payment of 100.00 USD posted, 22 days past due after it",
                    "Message sent by SMS", "Your payment is late", "Contact by SMS blocked by compliance",
                    "Outside contact hours", "Case opened", "Times in UTC");
            assertThat(html.indexOf("timeline-PAYMENT_POSTED")).isLessThan(html.indexOf("timeline-MESSAGE_SENT"));
            assertThat(html.indexOf("timeline-MESSAGE_SENT")).isLessThan(html.indexOf("timeline-CONTACT_BLOCKED"));
            assertThat(html.indexOf("timeline-CONTACT_BLOCKED")).isLessThan(html.indexOf("timeline-CASE_OPENED"));
        }

        @Test
        void showsARestrictionLearnedOnACallWithItsTimesInTheViewersLanguage() throws Exception {
            when(restrictions.ofAccount(7L)).thenReturn(List.of(CaseFixtures.restriction(
                    RestrictionKind.INCONVENIENT_TIME, RestrictionSource.INBOUND_CALL, SENT.plusSeconds(60), null)));

            assertThat(page(get("/cases/{id}", CASE_ID))).contains(
                    "Contact restriction recorded: Inconvenient times (learned from a call or voicemail from the "
                            + "borrower)", "Ruled out from (local time)", "09:00", "18:00", "MONDAY, FRIDAY");
            assertThat(page(get("/cases/{id}", CASE_ID).header("Accept-Language", "es"))).contains(
                    "Restricción de contacto registrada: Horarios inconvenientes (origen: una llamada o un mensaje de "
                            + "voz del deudor)");
        }

        @Test
        void showsEachRepliesClassificationWithTheDecidingWordsMarkedAndTheTextEscaped() throws Exception {
            replyReadAsJobLoss();

            String html = page(get("/cases/{id}", CASE_ID));

            assertThat(html).contains("I <mark class=\"evidence\">lost my job</mark> &lt;b&gt;today&lt;/b&gt;",
                    "What the reply is about", "Hardship", "Job loss", "Confidence", "0.93", "What CureFlow did",
                    "Automated contact stopped", "Channel closed for this number or address")
                    .doesNotContain("<b>today</b>", "Needs review by a person");
        }

        @Test
        void saysWhenAReplyNeedsAPersonAndWhatWasPromised() throws Exception {
            when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of(
                    inbound(2, "maybe next week", SENT.plusSeconds(60))));
            when(replies.ofCase(CASE_ID)).thenReturn(List.of(classified(2, new Classification(Intent.PROMISE_TO_PAY,
                    null, 0.52, new Promise(null, new BigDecimal("75.00")), List.of(), List.of(), "en", true,
                    "offline"), ReplyAction.FLAGGED_FOR_REVIEW)));

            String html = page(get("/cases/{id}", CASE_ID));

            assertThat(html).contains("Promise to pay", "Promised amount", "75.00", "Needs review by a person",
                    "Yes", "Sent to an agent", "maybe next week");
        }

        @Test
        void showsTheClassificationInSpanish() throws Exception {
            replyReadAsJobLoss();

            String html = page(get("/cases/{id}", CASE_ID).header("Accept-Language", "es"));

            assertThat(html).contains("De qué trata la respuesta", "Dificultad económica", "Pérdida del empleo",
                    "Contacto automático detenido");
        }

        @Test
        void showsTimesInTheZoneTheBrowserReported() throws Exception {
            String html = page(get("/cases/{id}", CASE_ID)
                    .cookie(new Cookie(ViewerZone.COOKIE, "America%2FNew_York")));

            assertThat(html).contains("Times in America/New_York", "2026-11-03 10:00 EST")
                    .doesNotContain("2026-11-03 15:00 UTC");
        }

        @Test
        void refreshesTheTimelineCardEveryTenSeconds() throws Exception {
            String html = page(get("/cases/{id}", CASE_ID));

            assertThat(html).contains("hx-get=\"/cases/42/timeline\"", "hx-trigger=\"every 10s\"",
                    "hx-swap=\"outerHTML\"").doesNotContain("hx-swap-oob");
            assertThat(html.split("id=\"timeline\"", -1)).hasSize(2);
        }

        @Test
        void speaksSpanishToASpanishBrowser() throws Exception {
            String html = page(get("/cases/{id}", CASE_ID).header("Accept-Language", "es"));

            assertThat(html).contains("Situación del caso", "Cronología", "Mensaje enviado por SMS",
                    "Pago de 100,00 USD registrado");
        }

        @Test
        void saysWhenNoCaseHasTheId() throws Exception {
            when(cases.findCase(404L)).thenReturn(Optional.empty());

            mvc.perform(get("/cases/404").with(user("agent").roles("AGENT")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("No case has the id 404.")));
        }
    }

    @Nested
    class TimelineFragment {

        @Test
        void rendersTheTimelineCardAndTheJourneyStateOutOfBand() throws Exception {
            when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of(
                    outbound(1, Channel.SMS, Status.DELIVERED, "Your payment is late", SENT, SENT),
                    inbound(2, "I can pay on Friday", SENT.plusSeconds(60))));

            String html = page(get("/cases/{id}/timeline", CASE_ID));

            assertThat(html.strip()).startsWith("<section class=\"card timeline-card\"");
            assertThat(html).contains("Reply received by SMS", "I can pay on Friday", "hx-trigger=\"every 10s\"",
                    "id=\"stands\" hx-swap-oob=\"true\"", "Wait for reply").doesNotContain("<html", "Dana Whitfield");
        }
    }

    @Nested
    class CaseListView {

        @Test
        void listsCasesWithBadgesAndLinks() throws Exception {
            when(cases.listCases(CaseFilter.all(), 0, CasePagesController.PAGE_SIZE))
                    .thenReturn(new CasePage(List.of(openCase()), 0, CasePagesController.PAGE_SIZE, 1));

            String html = page(get("/cases"));

            assertThat(html).contains("href=\"/cases/42\"", "Dana Whitfield", "ACC-1001", "badge-stage-DAYS_30",
                    "Automated", ">52<", "1,250.40 USD", "1 case<").doesNotContain("Next");
        }

        @Test
        void filtersByStatusAndStageAndPages() throws Exception {
            when(cases.listCases(new CaseFilter(CaseStatus.OPEN, DelinquencyStage.DAYS_30), 1,
                    CasePagesController.PAGE_SIZE))
                    .thenReturn(new CasePage(List.of(openCase()), 1, CasePagesController.PAGE_SIZE, 60));

            String html = page(get("/cases").param("status", "OPEN").param("stage", "DAYS_30").param("page", "1"));

            assertThat(html).contains("Page 2 of 3", "60 cases", "<option value=\"OPEN\" selected=\"selected\">",
                    "<option value=\"DAYS_30\" selected=\"selected\">",
                    "href=\"/cases?status=OPEN&amp;stage=DAYS_30&amp;page=0\"",
                    "href=\"/cases?status=OPEN&amp;stage=DAYS_30&amp;page=2\"");
        }

        @Test
        void saysWhenNoCaseMatches() throws Exception {
            when(cases.listCases(CaseFilter.all(), 0, CasePagesController.PAGE_SIZE))
                    .thenReturn(new CasePage(List.of(), 0, CasePagesController.PAGE_SIZE, 0));

            mvc.perform(get("/cases").with(user("agent").roles("AGENT")))
                    .andExpect(content().string(containsString("No case matches these filters.")))
                    .andExpect(content().string(not(containsString("<table"))));
        }
    }

    private void replyReadAsJobLoss() {
        when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of(
                inbound(2, "I lost my job <b>today</b>", SENT.plusSeconds(60))));
        when(replies.ofCase(CASE_ID)).thenReturn(List.of(classified(2, new Classification(Intent.HARDSHIP,
                HardshipCategory.JOB_LOSS, 0.93, null, List.of(new Evidence("lost my job", 2, 13)),
                List.of(Intent.OPT_OUT), "en", false, "offline"), ReplyAction.STOP_RECORDED,
                ReplyAction.CHANNEL_REVOKED)));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).as("no message key is missing").doesNotContain("??");
        return html;
    }
}
