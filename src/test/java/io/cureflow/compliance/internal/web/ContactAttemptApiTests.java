package io.cureflow.compliance.internal.web;

import com.jayway.jsonpath.JsonPath;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ContactComplianceGate;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ContactAttemptApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseService cases;

    @Autowired
    ContactLedger ledger;

    @Autowired
    ContactComplianceGate gate;

    final String p = UUID.randomUUID().toString().substring(0, 8);
    /** Its own number per test: the call-pattern rule counts calls per number, across the shared context. */
    final String phone = "+1212" + (2_000_000 + ThreadLocalRandom.current().nextInt(7_000_000));
    long medical;
    long card;
    long otherPersons;
    long medicalCase;

    @BeforeEach
    void oneBorrowerWithTwoDebtsAndAnotherBorrower() throws Exception {
        importBorrower(p + "-B", p + "-M", p + "-C");
        importBorrower(p + "-X", p + "-O", null);
        medical = cases.findAccount(p + "-M").orElseThrow().accountId();
        card = cases.findAccount(p + "-C").orElseThrow().accountId();
        otherPersons = cases.findAccount(p + "-O").orElseThrow().accountId();
        medicalCase = cases.findAccount(p + "-M").orElseThrow().openCaseId();
    }

    void importBorrower(String borrower, String first, String second) throws Exception {
        String account = """
                {"accountId": "%s", "creditor": "Acme", "product": "card", "balance": 900, "dueDate": "2026-09-01",
                 "daysPastDue": 65}""";
        String accounts = account.formatted(first) + (second == null ? "" : ", " + account.formatted(second));
        mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"borrowerId": "%s", "firstName": "Ana", "lastName": "Lopez", "state": "NY",
                                 "zip": "10001", "phone": "%s", "accounts": [%s]}"""
                                .formatted(borrower, phone, accounts))
                        .with(httpBasic("admin", "admin")).with(csrf()))
                .andExpect(status().isCreated());
    }

    ResultActions postJson(String path, String body, String user) throws Exception {
        String content = body.replace("+12125550147", phone).replace("(212) 555-0147", phone);
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(content)
                .with(httpBasic(user, user)).with(csrf()));
    }

    ResultActions attempt(String body) throws Exception {
        return postJson("/api/v1/contact-attempts", body, "agent");
    }

    @Nested
    class Attempts {

        @Test
        void aManualCallAboutTwoDebtsCountsTowardEach() throws Exception {
            attempt("""
                    {"accountIds": [%d, %d], "channel": "CALL", "direction": "OUTBOUND",
                     "contactPoint": "(212) 555-0147", "at": "2026-04-01T10:00:00-04:00", "outcome": "RING_NO_ANSWER"}
                    """.formatted(medical, card))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.attemptId").isNumber())
                    .andExpect(jsonPath("$.caseId").value(medicalCase))
                    .andExpect(jsonPath("$.countsToward[*].accountId").value(containsInAnyOrder(
                            (int) medical, (int) card)))
                    .andExpect(jsonPath("$.countsToward[0].countsAsCall").value(true))
                    .andExpect(jsonPath("$.countsToward[0].conversation").value(false));
        }

        @Test
        void anInboundConversationRaisingAnotherDebtStartsItsPeriodWithoutCountingTheCall() throws Exception {
            attempt("""
                    {"accountIds": [%d], "channel": "CALL", "direction": "INBOUND", "contactPoint": "+12125550147",
                     "at": "2026-04-01T10:00:00Z", "outcome": "CONVERSATION", "discussedAccountIds": [%d]}
                    """.formatted(medical, card))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.countsToward.length()").value(2))
                    .andExpect(jsonPath("$.countsToward[0].countsAsCall").value(false))
                    .andExpect(jsonPath("$.countsToward[1].accountId").value((int) card))
                    .andExpect(jsonPath("$.countsToward[1].conversation").value(true));
        }

        @Test
        void namesEveryBadFieldAndWritesNothing() throws Exception {
            long before = manualAttemptsOfMedicalCase();

            attempt("""
                    {"accountIds": [], "channel": "FAX", "direction": "SIDEWAYS", "contactPoint": "12",
                     "at": "2026-04-01T10:00:00", "outcome": "HUNG_UP", "recipient": "NEIGHBOUR"}""")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_request"))
                    .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("channel", "direction",
                            "outcome", "recipient", "at", "contactPoint", "accountIds")))
                    .andExpect(jsonPath("$.errors[?(@.field == 'at')].message").value(
                            org.hamcrest.Matchers.hasItem(containsString("offset"))));

            assertThat(manualAttemptsOfMedicalCase()).isEqualTo(before);
        }

        /**
         * Attempts on this test's timeline (April 2026). The case's own journey runs beside the test on the real clock
         * and may record a blocked reminder at any moment (after 21:00 in New York, say): those are not the API's.
         */
        private long manualAttemptsOfMedicalCase() {
            return ledger.attemptsOfCase(medicalCase).stream()
                    .filter(attempt -> attempt.at().isBefore(Instant.parse("2026-06-01T00:00:00Z")))
                    .count();
        }

        @Test
        void rejectsAMissingInstantAndAnUnknownAccount() throws Exception {
            attempt("""
                    {"accountIds": [%d, 987654321], "channel": "CALL", "direction": "OUTBOUND",
                     "contactPoint": "+12125550147", "outcome": "BUSY"}""".formatted(medical))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("at", "accountIds[1]")));
        }

        @Test
        void rejectsAccountsOfDifferentBorrowers() throws Exception {
            attempt("""
                    {"accountIds": [%d, %d], "channel": "CALL", "direction": "OUTBOUND",
                     "contactPoint": "+12125550147", "at": "2026-04-01T10:00:00Z", "outcome": "BUSY"}
                    """.formatted(medical, otherPersons))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("accountIds"))
                    .andExpect(jsonPath("$.message").value(containsString("different borrowers")));
        }

        @Test
        void rejectsACallOutcomeForATextAndAnEmailThatIsNotOne() throws Exception {
            attempt("""
                    {"accountIds": [%d], "channel": "EMAIL", "direction": "OUTBOUND", "contactPoint": "not-an-email",
                     "at": "2026-04-01T10:00:00Z", "outcome": "VOICEMAIL_LEFT"}""".formatted(medical))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("outcome", "contactPoint")));
        }

        @Test
        void rejectsAnUnknownDecisionAndAWronglyTypedId() throws Exception {
            attempt("""
                    {"accountIds": [%d], "channel": "CALL", "direction": "OUTBOUND", "contactPoint": "+12125550147",
                     "at": "2026-04-01T10:00:00Z", "outcome": "BUSY", "decisionId": 987654321}""".formatted(medical))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("decisionId"));
            attempt("""
                    {"accountIds": ["abc"], "channel": "CALL"}""")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("accountIds[0]"));
        }
    }

    @Nested
    class ConsentsAndNumbers {

        @Test
        void recordsAConsentForAtMostSevenDays() throws Exception {
            postJson("/api/v1/compliance/call-consents", """
                    {"accountId": %d, "receivedAt": "2026-06-04T09:00:00-04:00", "days": 3}""".formatted(medical),
                    "agent")
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.consentId").isNumber())
                    .andExpect(jsonPath("$.days").value(3));
            postJson("/api/v1/compliance/call-consents", """
                    {"accountId": 987654321, "receivedAt": "2026-06-04T09:00:00", "days": 8}""", "agent")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("accountId", "receivedAt",
                            "days")));
        }

        @Test
        void reclassifiesAMisdirectedNumberAndCountsTheCallsItLeavesOut() throws Exception {
            attempt("""
                    {"accountIds": [%d], "channel": "CALL", "direction": "OUTBOUND", "contactPoint": "+12125550199",
                     "at": "2026-04-01T10:00:00Z", "outcome": "RING_NO_ANSWER"}""".formatted(medical))
                    .andExpect(status().isCreated());

            postJson("/api/v1/compliance/misdirected-numbers", """
                    {"accountId": %d, "contactPoint": "212-555-0199"}""".formatted(medical), "agent")
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.attemptsExcluded").value(1));
            postJson("/api/v1/compliance/misdirected-numbers", """
                    {"accountId": %d, "contactPoint": "not a number"}""".formatted(medical), "agent")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("contactPoint"));
        }
    }

    @Nested
    class Overrides {

        long blockedBySevenCalls() throws Exception {
            for (int day = 1; day <= 7; day++) {
                attempt("""
                        {"accountIds": [%d], "channel": "CALL", "direction": "OUTBOUND",
                         "contactPoint": "+12125550147", "at": "2026-04-0%dT10:00:00-04:00", "outcome": "RING_NO_ANSWER"}
                        """.formatted(medical, day)).andExpect(status().isCreated());
            }
            ComplianceDecision decision = gate.evaluate(new ContactProposal(medicalCase, Channel.CALL,
                    phone, Instant.parse("2026-04-07T19:00:00Z"), ContactProposal.Initiator.AGENT));
            assertThat(decision.reasons()).extracting(r -> r.rule()).contains("RF-01");
            return decision.decisionId();
        }

        String override(String reason) {
            return """
                    {"reason": "%s", "note": "Reg X early intervention call"}""".formatted(reason);
        }

        @Test
        void aManagerOverridesAFrequencyBlockWithAReasonAndGetsAnAllowDecision() throws Exception {
            long decisionId = blockedBySevenCalls();

            String body = postJson("/api/v1/compliance/decisions/" + decisionId + "/override",
                    override("REQUIRED_BY_LAW"), "manager")
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.overriddenDecisionId").value((int) decisionId))
                    .andExpect(jsonPath("$.decision.verdict").value("ALLOW"))
                    .andExpect(jsonPath("$.decision.reasons[*].rule").value(org.hamcrest.Matchers.hasItem("RF-01")))
                    .andExpect(jsonPath("$.decision.reasons[0].message").value(containsString("manager")))
                    .andExpect(jsonPath("$.overriddenReasons[*].rule").value(org.hamcrest.Matchers.hasItem("RF-01")))
                    .andReturn().getResponse().getContentAsString();
            long allowId = ((Number) JsonPath.read(body, "$.decision.decisionId")).longValue();
            assertThat(allowId).isNotEqualTo(decisionId);

            postJson("/api/v1/compliance/decisions/" + decisionId + "/override", override("REQUIRED_BY_LAW"),
                    "admin").andExpect(status().isConflict());
        }

        @Test
        void agentsMayNotOverride() throws Exception {
            long decisionId = blockedBySevenCalls();

            postJson("/api/v1/compliance/decisions/" + decisionId + "/override", override("REQUIRED_BY_LAW"),
                    "agent").andExpect(status().isForbidden());
        }

        @Test
        void aDeadlineInTheCollectorsControlIsNoReason() throws Exception {
            long decisionId = blockedBySevenCalls();

            postJson("/api/v1/compliance/decisions/" + decisionId + "/override", override("ONE_TIME_DISCOUNT"),
                    "manager")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("reason"));
        }

        @Test
        void aBlockByAnotherRuleCannotBeOverridden() throws Exception {
            ComplianceDecision night = gate.evaluate(new ContactProposal(medicalCase, Channel.CALL, phone,
                    Instant.parse("2026-04-01T03:00:00Z"), ContactProposal.Initiator.AGENT));
            assertThat(night.reasons()).extracting(r -> r.rule()).contains("RF-12");

            postJson("/api/v1/compliance/decisions/" + night.decisionId() + "/override",
                    override("ACTIVE_LITIGATION"), "manager")
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.message").value(containsString("RF-12")));
            postJson("/api/v1/compliance/decisions/987654321/override", override("ACTIVE_LITIGATION"), "manager")
                    .andExpect(status().isNotFound());
        }
    }

}
