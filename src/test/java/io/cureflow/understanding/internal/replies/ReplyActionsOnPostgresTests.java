package io.cureflow.understanding.internal.replies;

import com.jayway.jsonpath.JsonPath;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ContactComplianceGate;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import io.cureflow.support.EmbeddedPostgresSupport;
import io.cureflow.support.IntegrationTest;
import io.cureflow.understanding.ReplyClassifications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replies as the borrower sends them, through the sandbox, on the whole application and PostgreSQL with the real
 * classifier: what the journey records from them is what the compliance gate then holds to.
 */
@IntegrationTest
class ReplyActionsOnPostgresTests {

    /** Tuesday 8 December 2026 in Chicago, where the borrower lives. */
    static final Instant THREE_PM = Instant.parse("2026-12-08T21:00:00Z");
    static final Instant HALF_PAST_SIX_PM = Instant.parse("2026-12-09T00:30:00Z");
    static final String CONFIRMATION = "You will get no more texts from CureFlow Servicing at this number.";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseService cases;
    @Autowired
    ContactComplianceGate gate;
    @Autowired
    ContactRestrictions restrictions;
    @Autowired
    OutreachService outreach;
    @Autowired
    ReplyClassifications classifications;

    final String p = UUID.randomUUID().toString().substring(0, 8);
    final String mobile = "+1312555" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    final String email = "ana-" + p + "@example.com";
    long caseId;
    long accountId;

    @BeforeEach
    void aBorrowerInChicagoWithAMobileAndAnEmail() throws Exception {
        String body = mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"borrowerId": "%s-B", "firstName": "Ana", "lastName": "Lopez", "state": "IL",
                                 "zip": "60601", "phone": "%s", "email": "%s", "accounts": [{"accountId": "%s-A",
                                 "creditor": "Acme", "product": "card", "balance": 900, "dueDate": "2026-09-01",
                                 "daysPastDue": 65}]}""".formatted(p, mobile, email, p))
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        caseId = ((Number) JsonPath.read(body, "$.openedCaseIds[0]")).longValue();
        accountId = cases.findCase(caseId).orElseThrow().accountId();
    }

    @Test
    void onlyAfterSixPmBlocksACallAtThreeAndAllowsOneAtHalfPastSix() throws Exception {
        reply("SMS", "only after 6pm please");

        assertThat(restrictions.ofAccount(accountId)).filteredOn(r -> r.kind() == RestrictionKind.INCONVENIENT_TIME)
                .singleElement().satisfies(window -> {
                    assertThat(window.from()).isNull();
                    assertThat(window.until()).isEqualTo(LocalTime.of(18, 0));
                    assertThat(window.source()).isEqualTo(RestrictionSource.INBOUND_SMS);
                });
        ComplianceDecision atThree = call(THREE_PM);
        assertThat(atThree.allowed()).isFalse();
        assertThat(atThree.reasons()).extracting(ComplianceReason::rule).contains("RF-15");
        assertThat(atThree.nextAllowedAt()).isEqualTo(Instant.parse("2026-12-09T00:00:00Z"));
        ComplianceDecision atHalfPastSix = call(HALF_PAST_SIX_PM);
        assertThat(atHalfPastSix.reasons()).as("reasons").isEmpty();
        assertThat(atHalfPastSix.allowed()).isTrue();
        assertThat(classifications.ofCase(caseId)).last().satisfies(classified ->
                assertThat(classified.actions()).extracting(Enum::name).containsExactly("RESTRICTION_RECORDED"));
    }

    /** Whether the classifier is sure of this one or not, the limit it names is held to. */
    @Test
    void notBeforeTenAmBlocksANineOClockCall() throws Exception {
        reply("SMS", "not before 10 am");

        assertThat(restrictions.ofAccount(accountId)).filteredOn(r -> r.kind() == RestrictionKind.INCONVENIENT_TIME)
                .singleElement().extracting(ContactRestriction::until).isEqualTo(LocalTime.of(10, 0));
        assertThat(call(Instant.parse("2026-12-08T15:00:00Z")).reasons()).extracting(ComplianceReason::rule)
                .contains("RF-15");
    }

    @Test
    void aFreeTextOptOutClosesTheNumberAndIsConfirmedExactlyOnce() throws Exception {
        reply("SMS", "please stop texting me");
        reply("SMS", "I said no more texts!");

        assertThat(confirmations()).singleElement().satisfies(confirmation -> {
            assertThat(confirmation.address()).isEqualTo(mobile);
            assertThat(confirmation.status()).isEqualTo(OutreachMessage.Status.DELIVERED);
        });
        ComplianceDecision text = gate.evaluate(new ContactProposal(caseId, Channel.SMS, mobile, HALF_PAST_SIX_PM));
        assertThat(text.reasons()).extracting(ComplianceReason::rule).contains("RF-09", "TC-03");
    }

    @Test
    void aFreeTextOptOutAfterTheStopKeywordSendsNoSecondConfirmation() throws Exception {
        reply("SMS", "STOP");
        reply("SMS", "please stop texting me");

        assertThat(confirmations()).hasSize(1);
    }

    @Test
    void dontEmailMeSentByTextClosesTheEmailAddressAndLeavesTextsOpen() throws Exception {
        reply("SMS", "don't email me anymore");

        assertThat(restrictions.ofAccount(accountId)).filteredOn(r -> r.kind() == RestrictionKind.OPT_OUT)
                .singleElement().satisfies(optOut -> {
                    assertThat(optOut.channel()).isEqualTo(Channel.EMAIL);
                    assertThat(optOut.contactPoint()).isEqualTo(email);
                });
        assertThat(gate.evaluate(new ContactProposal(caseId, Channel.EMAIL, email, HALF_PAST_SIX_PM)).reasons())
                .extracting(ComplianceReason::rule).contains("RF-09");
        assertThat(gate.evaluate(new ContactProposal(caseId, Channel.SMS, mobile, HALF_PAST_SIX_PM)).reasons())
                .extracting(ComplianceReason::rule).doesNotContain("RF-09", "TC-03");
        assertThat(confirmations()).isEmpty();
    }

    @Test
    void aStopHeardInACallTranscriptIsRecordedAsLearnedOnACall() throws Exception {
        reply("CALL", "yeah my attorney is handling this now so talk to my lawyer");

        List<ContactRestriction> recorded = restrictions.ofAccount(accountId);
        assertThat(recorded).filteredOn(r -> r.kind() == RestrictionKind.ATTORNEY).singleElement()
                .extracting(ContactRestriction::source).isEqualTo(RestrictionSource.INBOUND_CALL);
        mvc.perform(get("/api/v1/compliance/restrictions").param("accountId", String.valueOf(accountId))
                        .with(httpBasic("agent", "agent")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'ATTORNEY')].source").value("INBOUND_CALL"));
        String page = mvc.perform(get("/cases/{id}", caseId).with(user("agent").roles("AGENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Contact restriction recorded: Represented by an attorney (learned from a call or "
                + "voicemail from the borrower)");
    }

    @Test
    void theCasePageNamesTheTemplateThatWroteTheConfirmation() throws Exception {
        reply("SMS", "please stop texting me");

        OutreachMessage confirmation = confirmations().get(0);
        assertThat(outreach.provenanceOfCase(caseId).get(confirmation.messageId()).composer()).isEqualTo("template");
        String page = mvc.perform(get("/cases/{id}", caseId).with(user("agent").roles("AGENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Written by", "a vetted template", "outreach.optout.confirmation.sms");
    }

    private void reply(String channel, String text) throws Exception {
        mvc.perform(post("/api/v1/sandbox/replies").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"caseId": %d, "channel": "%s", "text": "%s"}""".formatted(caseId, channel, text))
                        .with(httpBasic("agent", "agent")))
                .andExpect(status().isCreated());
    }

    private ComplianceDecision call(Instant at) {
        return gate.evaluate(new ContactProposal(caseId, Channel.CALL, mobile, at, ContactProposal.Initiator.AGENT));
    }

    private List<OutreachMessage> confirmations() {
        return outreach.conversationOfCase(caseId).stream()
                .filter(message -> message.direction() == OutreachMessage.Direction.OUTBOUND)
                .filter(message -> CONFIRMATION.equals(message.body()))
                .toList();
    }
}
