package io.cureflow.compliance.internal.web;

import com.jayway.jsonpath.JsonPath;
import io.cureflow.compliance.AutomatedContactStopped;
import io.cureflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class RestrictionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    final String p = UUID.randomUUID().toString().substring(0, 8);
    long accountId;
    long caseId;

    @BeforeEach
    void anAccountWithAnOpenCase() throws Exception {
        String body = mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"borrowerId": "%s-B", "firstName": "Ana", "lastName": "Lopez", "state": "IL",
                                 "zip": "60601", "phone": "+13125550142", "email": "ana-%s@example.com",
                                 "accounts": [{"accountId": "%s-A", "creditor": "Acme", "product": "card",
                                 "balance": 900, "dueDate": "2026-09-01", "daysPastDue": 65}]}"""
                                .formatted(p, p, p))
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        accountId = ((Number) JsonPath.read(body, "$.accounts[0].id")).longValue();
        caseId = ((Number) JsonPath.read(body, "$.openedCaseIds[0]")).longValue();
    }

    ResultActions record(String json, String user) throws Exception {
        return mvc.perform(post("/api/v1/compliance/restrictions").contentType(MediaType.APPLICATION_JSON)
                .content(json).with(httpBasic(user, user)));
    }

    long recorded(String kind) throws Exception {
        String body = record("""
                {"accountId": %d, "kind": "%s", "source": "AGENT", "note": "told us on a call"}"""
                .formatted(accountId, kind), "agent")
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    ResultActions lift(long id, String reason, String user) throws Exception {
        return mvc.perform(post("/api/v1/compliance/restrictions/{id}/lift", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(reason == null ? "{}" : "{\"reason\": \"" + reason + "\"}")
                .with(httpBasic(user, user)));
    }

    @Test
    void anAgentRecordsAStopThatTakesEffectAtOnce() throws Exception {
        record("""
                {"accountId": %d, "kind": "cease", "source": "LETTER", "note": "letter received today"}"""
                .formatted(accountId), "agent")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/compliance/restrictions/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.kind").value("CEASE"))
                .andExpect(jsonPath("$.stop").value(true))
                .andExpect(jsonPath("$.accountId").value(accountId))
                .andExpect(jsonPath("$.source").value("LETTER"))
                .andExpect(jsonPath("$.recordedBy").value("agent"))
                .andExpect(jsonPath("$.active").value(true));

        assertThat(events.stream(AutomatedContactStopped.class))
                .containsExactly(new AutomatedContactStopped(caseId, "RF-20"));
    }

    @Test
    void recordsAnInconvenientTimeWithItsDaysAndHours() throws Exception {
        record("""
                {"accountId": %d, "kind": "INCONVENIENT_TIME", "from": "15:00", "until": "17:00",
                 "daysOfWeek": ["monday", "FRIDAY"], "activeUntil": "2027-01-01T00:00:00-06:00"}"""
                .formatted(accountId), "agent")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.from").value("15:00:00"))
                .andExpect(jsonPath("$.until").value("17:00:00"))
                .andExpect(jsonPath("$.daysOfWeek", containsInAnyOrder("MONDAY", "FRIDAY")))
                .andExpect(jsonPath("$.activeUntil").value("2027-01-01T06:00:00Z"))
                .andExpect(jsonPath("$.accountId").doesNotExist())
                .andExpect(jsonPath("$.source").value("API"));
    }

    @Test
    void namesEveryBadField() throws Exception {
        record("""
                {"kind": "HOLIDAY", "channel": "FAX", "from": "3pm", "daysOfWeek": ["FUNDAY"],
                 "activeUntil": "tomorrow", "source": "PIGEON"}""", "agent")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("accountId", "kind", "channel",
                        "from", "daysOfWeek", "activeUntil", "source")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void namesTheFieldsThatDoNotFitTheKind() throws Exception {
        record("""
                {"accountId": %d, "kind": "CONSENT_REVOKED", "channel": "SMS", "from": "10:00"}"""
                .formatted(accountId), "agent")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("contactPoint", "from")));
        record("""
                {"accountId": %d, "kind": "OPT_OUT", "channel": "EMAIL", "contactPoint": "+13125550142"}"""
                .formatted(accountId), "agent")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("contactPoint"));
    }

    @Test
    void namesAFieldOfTheWrongJsonType() throws Exception {
        record("{\"accountId\": \"forty-two\", \"kind\": \"CEASE\"}", "agent")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("accountId"));
        record("not json", "agent")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
    }

    @Test
    void answers404ForAnUnknownAccount() throws Exception {
        record("{\"accountId\": 987654321, \"kind\": \"CEASE\"}", "agent")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("accountId"));
        mvc.perform(get("/api/v1/compliance/restrictions").param("accountId", "987654321")
                        .with(httpBasic("agent", "agent")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAManagerOrAnAdministratorLiftsAStop() throws Exception {
        long bankruptcy = recorded("BANKRUPTCY");

        lift(bankruptcy, "dismissed", "agent")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        lift(bankruptcy, "case dismissed, docket 26-1234", "manager")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.liftedBy").value("manager"))
                .andExpect(jsonPath("$.liftReason").value("case dismissed, docket 26-1234"))
                .andExpect(jsonPath("$.liftedAt").isNotEmpty());
        lift(bankruptcy, "again", "admin")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("conflict"));
    }

    @Test
    void anAgentLiftsATimeTheConsumerNowFindsConvenient() throws Exception {
        String body = record("""
                {"accountId": %d, "kind": "INCONVENIENT_TIME", "daysOfWeek": ["SUNDAY"]}"""
                .formatted(accountId), "agent").andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        lift(id, "consumer says Sundays are fine now", "agent").andExpect(status().isOk());
    }

    @Test
    void liftingNeedsAReasonAndADisputeNeedsVerificationSent() throws Exception {
        long dispute = recorded("DISPUTE");

        lift(dispute, null, "manager")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        lift(dispute, "consumer changed their mind", "manager")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        lift(dispute, "verification sent 2026-11-20", "manager").andExpect(status().isOk());
        lift(-5, "reason", "manager").andExpect(status().isNotFound());
    }

    @Test
    void listsTheAccountsRestrictionsActiveAndLifted() throws Exception {
        long cease = recorded("CEASE");
        long deceased = recorded("DECEASED");
        lift(cease, "recorded on the wrong account", "manager").andExpect(status().isOk());

        mvc.perform(get("/api/v1/compliance/restrictions").param("accountId", String.valueOf(accountId))
                        .with(httpBasic("agent", "agent")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].id").value(cease))
                .andExpect(jsonPath("$[0].active").value(false))
                .andExpect(jsonPath("$[1].id").value(deceased))
                .andExpect(jsonPath("$[1].active").value(true));
        mvc.perform(get("/api/v1/compliance/restrictions").with(httpBasic("agent", "agent")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("accountId"));
        mvc.perform(get("/api/v1/compliance/restrictions").param("accountId", "x")
                        .with(httpBasic("agent", "agent")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("accountId"));
    }

    @Test
    void recordsARevocationHeardOnACall() throws Exception {
        mvc.perform(post("/api/v1/compliance/revocations").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"accountId": %d, "contactPoint": "(312) 555-0142", "note": "said stop robocalls"}"""
                                .formatted(accountId))
                        .with(httpBasic("agent", "agent")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CONSENT_REVOKED"))
                .andExpect(jsonPath("$.contactPoint").value("+13125550142"))
                .andExpect(jsonPath("$.source").value("AGENT"));
        mvc.perform(post("/api/v1/compliance/revocations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accountId\": %d}".formatted(accountId))
                        .with(httpBasic("agent", "agent")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("contactPoint"));
    }

    @Test
    void needsALogin() throws Exception {
        mvc.perform(get("/api/v1/compliance/restrictions").param("accountId", String.valueOf(accountId)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void appearsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/compliance/restrictions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/compliance/restrictions'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/compliance/restrictions/{id}/lift'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/compliance/revocations'].post").exists())
                .andExpect(jsonPath("$.tags[*].name", hasItem("Contact restrictions")));
    }
}
