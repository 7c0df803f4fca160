package io.cureflow.compliance.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cureflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EvaluationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    long accountId;
    long currentAccountId;

    /** A Chicago borrower with a Chicago mobile: one zone, so the hours are easy to read. */
    @BeforeEach
    void borrowerInChicago() throws Exception {
        String p = "EV" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"borrowerId": "%sB", "firstName": "Ana", "lastName": "Lopez", "phone": "+1 312 555 0142",
                 "email": "ana@example.com", "state": "IL", "zip": "60601", "language": "en",
                 "accounts": [
                   {"accountId": "%sA1", "creditor": "Acme", "product": "card", "balance": 900.50,
                    "dueDate": "2026-09-01", "daysPastDue": 65},
                   {"accountId": "%sA2", "creditor": "Acme", "product": "card", "balance": 120,
                    "dueDate": "2026-09-01", "daysPastDue": 0}]}""".formatted(p, p, p);
        String answer = mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("manager", "manager")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode accounts = json.readTree(answer).get("accounts");
        accountId = accounts.get(0).get("id").asLong();
        currentAccountId = accounts.get(1).get("id").asLong();
    }

    ResultActions evaluate(String body) throws Exception {
        return mvc.perform(post("/api/v1/compliance/evaluations").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(httpBasic("agent", "agent")));
    }

    @Nested
    class AnAgentAsksBeforeAManualCall {

        @Test
        void allowsACallAtMiddayAtTheBorrowersLocation() throws Exception {
            evaluate("""
                    {"accountId": %d, "channel": "CALL", "contactPoint": "(312) 555-0142",
                     "at": "2026-03-03T12:00:00-06:00"}""".formatted(accountId))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.decision").value("ALLOW"))
                    .andExpect(jsonPath("$.reasons", hasSize(0)))
                    .andExpect(jsonPath("$.decisionId").isNumber());
        }

        @Test
        void blocksACallBeforeEightLocalTimeAndTellsWhenItIsAllowed() throws Exception {
            evaluate("""
                    {"accountId": %d, "channel": "CALL", "at": "2026-03-03T07:10:00-06:00"}""".formatted(accountId))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.decision").value("BLOCK"))
                    .andExpect(jsonPath("$.reasons[0].rule").value("RF-12"))
                    .andExpect(jsonPath("$.reasons[0].citation", containsString("1006.6(b)(1)(i)")))
                    .andExpect(jsonPath("$.reasons[0].message", containsString("07:10 America/Chicago")))
                    .andExpect(jsonPath("$.nextAllowedAt").value("2026-03-03T14:00:00Z"));
        }

        @Test
        void keepsTheDecisionWithItsInputsForTheAudit() throws Exception {
            String answer = evaluate("""
                    {"accountId": %d, "channel": "SMS", "contactPoint": "+13125550142",
                     "at": "2026-03-03T08:05:00-06:00"}""".formatted(accountId))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            long decisionId = json.readTree(answer).get("decisionId").asLong();

            mvc.perform(get("/api/v1/compliance/decisions/{id}", decisionId).with(httpBasic("manager", "manager")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.contactAt").value("2026-03-03T14:05:00Z"))
                    .andExpect(jsonPath("$.location.state").value("IL"))
                    .andExpect(jsonPath("$.location.candidateZones[0]").value("America/Chicago"))
                    .andExpect(jsonPath("$.rules[?(@.rule == 'RF-12')].detail",
                            org.hamcrest.Matchers.hasItem(containsString("08:05 America/Chicago"))))
                    .andExpect(jsonPath("$.contactPointMasked").value("••••0142"))
                    .andExpect(content().string(not(containsString("5550142"))));
        }
    }

    /** Comment 6(b)(2)-1: the borrower, represented by an attorney, called in; the agent may answer once. */
    @Nested
    class AnAgentAnswersTheBorrowersOwnContact {

        long attorneyRecordedAndBorrowerCalledIn() throws Exception {
            mvc.perform(post("/api/v1/compliance/restrictions").contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"accountId": %d, "kind": "ATTORNEY", "note": "Law office of J. Doe"}"""
                                    .formatted(accountId))
                            .with(httpBasic("agent", "agent")))
                    .andExpect(status().isCreated());
            // after the representation was recorded (now), the borrower calls and leaves a message
            return attempt("INBOUND", "VOICEMAIL_LEFT", "2027-01-14T10:00:00-06:00");
        }

        long attempt(String direction, String outcome, String at) throws Exception {
            String answer = mvc.perform(post("/api/v1/contact-attempts").contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"accountIds": [%d], "channel": "CALL", "direction": "%s",
                                     "contactPoint": "+13125550142", "at": "%s", "outcome": "%s"}"""
                                    .formatted(accountId, direction, at, outcome))
                            .with(httpBasic("agent", "agent")))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            return json.readTree(answer).get("attemptId").asLong();
        }

        @Test
        void allowsOneCallBackAndNothingAfterIt() throws Exception {
            long inbound = attorneyRecordedAndBorrowerCalledIn();

            String allowed = evaluate("""
                    {"accountId": %d, "channel": "CALL", "contactPoint": "+13125550142",
                     "at": "2027-01-14T10:05:00-06:00", "inResponseTo": %d}""".formatted(accountId, inbound))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.decision").value("ALLOW"))
                    .andReturn().getResponse().getContentAsString();
            mvc.perform(get("/api/v1/compliance/decisions/{id}", json.readTree(allowed).get("decisionId").asLong())
                            .with(httpBasic("manager", "manager")))
                    .andExpect(jsonPath("$.inResponseTo").value(inbound))
                    .andExpect(jsonPath("$.rules[?(@.rule == 'RF-17')].detail",
                            org.hamcrest.Matchers.hasItem(containsString("comment 6(b)(2)-1"))));
            attempt("OUTBOUND", "CONVERSATION", "2027-01-14T10:05:00-06:00");

            evaluate("""
                    {"accountId": %d, "channel": "EMAIL", "at": "2027-01-14T11:00:00-06:00",
                     "inResponseTo": "%d"}""".formatted(accountId, inbound))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.decision").value("BLOCK"))
                    .andExpect(jsonPath("$.reasons[*].rule", org.hamcrest.Matchers.hasItem("RF-17")));
        }

        @Test
        void blocksTheCallThatAnswersNothing() throws Exception {
            attorneyRecordedAndBorrowerCalledIn();

            evaluate("""
                    {"accountId": %d, "channel": "CALL", "contactPoint": "+13125550142",
                     "at": "2027-01-14T10:05:00-06:00"}""".formatted(accountId))
                    .andExpect(jsonPath("$.decision").value("BLOCK"))
                    .andExpect(jsonPath("$.reasons[*].rule", org.hamcrest.Matchers.hasItem("RF-17")));
        }

        @Test
        void refusesAReferenceThatIsNotTheBorrowersInboundContact() throws Exception {
            long inbound = attorneyRecordedAndBorrowerCalledIn();
            long outbound = attempt("OUTBOUND", "RING_NO_ANSWER", "2027-01-14T09:00:00-06:00");

            for (long wrong : new long[]{outbound, 987654321L}) {
                evaluate("""
                        {"accountId": %d, "channel": "CALL", "at": "2027-01-14T10:05:00-06:00",
                         "inResponseTo": %d}""".formatted(accountId, wrong))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.field").value("inResponseTo"))
                        .andExpect(jsonPath("$.message", containsString("inbound contact")));
            }
            evaluate("""
                    {"accountId": %d, "channel": "CALL", "at": "2027-01-14T09:55:00-06:00",
                     "inResponseTo": %d}""".formatted(accountId, inbound))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("inResponseTo"))
                    .andExpect(jsonPath("$.message", containsString("before at")));
            evaluate("""
                    {"accountId": %d, "channel": "CALL", "inResponseTo": "yesterday's call"}""".formatted(accountId))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("inResponseTo"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void namesEveryBadField() throws Exception {
            evaluate("""
                    {"accountId": "abc", "channel": "FAX", "at": "2026-03-03T08:05:00"}""")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_request"))
                    .andExpect(jsonPath("$.errors[0].field").value("accountId"))
                    .andExpect(jsonPath("$.errors[1].field").value("channel"))
                    .andExpect(jsonPath("$.errors[1].message", containsString("SMS, EMAIL, CALL, VOICEMAIL")))
                    .andExpect(jsonPath("$.errors[2].field").value("at"))
                    .andExpect(jsonPath("$.errors[2].message", containsString("offset")));
        }

        @Test
        void refusesAnEmailAddressForACall() throws Exception {
            evaluate("""
                    {"accountId": %d, "channel": "CALL", "contactPoint": "ana@example.com"}""".formatted(accountId))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("contactPoint"))
                    .andExpect(jsonPath("$.message", not(containsString("ana@example.com"))));
        }

        @Test
        void requiresAccountAndChannel() throws Exception {
            evaluate("{}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("accountId"))
                    .andExpect(jsonPath("$.errors[1].field").value("channel"));
        }

        @Test
        void refusesABodyThatIsNotJson() throws Exception {
            evaluate("accountId=1").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_request"));
        }

        @Test
        void answersNotFoundForAnUnknownAccount() throws Exception {
            evaluate("""
                    {"accountId": 999999999, "channel": "SMS"}""")
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.error").value("unknown_account"));
        }

        @Test
        void answersConflictForAnAccountWithoutAnOpenCase() throws Exception {
            evaluate("""
                    {"accountId": %d, "channel": "SMS"}""".formatted(currentAccountId))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.error").value("no_open_case"));
        }

        @Test
        void answersNotFoundForAnUnknownDecision() throws Exception {
            mvc.perform(get("/api/v1/compliance/decisions/{id}", 987654321L).with(httpBasic("agent", "agent")))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void needsALogin() throws Exception {
        mvc.perform(post("/api/v1/compliance/evaluations").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void isInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/compliance/evaluations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/compliance/decisions/{decisionId}'].get").exists())
                .andExpect(jsonPath("$.components.schemas.EvaluationRequest.properties.inResponseTo.description",
                        containsString("6(b)(2)-1")));
    }
}
