package io.cureflow.understanding.internal.web;

import io.cureflow.support.IntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ClassifyApiTests {

    @Autowired
    MockMvc mvc;

    ResultActions classify(String body) throws Exception {
        return mvc.perform(post("/api/v1/messages/classify").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("agent", "agent")));
    }

    @Nested
    class AnAgentClassifiesAReply {

        @Test
        void answersAPromiseWithItsDateAndAmountRelativeToTheMessage() throws Exception {
            classify("""
                    {"text": "I can pay $210 on Friday", "channel": "sms", "receivedAt": "2026-03-02T10:00:00-05:00"}""")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intent").value("promise_to_pay"))
                    .andExpect(jsonPath("$.promise.date").value("2026-03-06"))
                    .andExpect(jsonPath("$.promise.amount").value(210))
                    .andExpect(jsonPath("$.language").value("en"))
                    .andExpect(jsonPath("$.classifier").value("offline"))
                    .andExpect(jsonPath("$.confidence").isNumber())
                    .andExpect(jsonPath("$.needsReview").isBoolean());
        }

        @Test
        void answersAHardshipWithItsCategoryAndTheWordsThatDecidedIt() throws Exception {
            classify("""
                    {"text": "Me despidieron del trabajo, no puedo pagar", "channel": "SMS", "lang": "es"}""")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intent").value("hardship"))
                    .andExpect(jsonPath("$.hardshipCategory").value("job_loss"))
                    .andExpect(jsonPath("$.evidence[0].text").value("Me despidieron"))
                    .andExpect(jsonPath("$.evidence[0].start").value(0))
                    .andExpect(jsonPath("$.language").value("es"));
        }

        @Test
        void listsTheLighterIntentsAlsoDetected() throws Exception {
            classify("""
                    {"text": "I lost my job, stop texting me", "channel": "SMS"}""")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intent").value("hardship"))
                    .andExpect(jsonPath("$.alsoDetected", hasItem("opt_out")));
        }

        @Test
        void classifiesTheRedactedTextAndPointsTheEvidenceIntoIt() throws Exception {
            classify("""
                    {"text": "card 4111 1111 1111 1111 is not mine, I dispute it", "channel": "EMAIL"}""")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intent").value("dispute"))
                    .andExpect(jsonPath("$.text", not(containsString("4111 1111 1111 1111"))))
                    .andExpect(content().string(not(containsString("4111 1111 1111 1111"))));
        }
    }

    @Nested
    class ABadRequest {

        @Test
        void namesEveryBadField() throws Exception {
            classify("""
                    {"text": " ", "channel": "pigeon", "lang": "fr", "receivedAt": "yesterday"}""")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_request"))
                    .andExpect(jsonPath("$.errors[*].field",
                            containsInAnyOrder("text", "channel", "lang", "receivedAt")));
        }

        @Test
        void refusesATextOverFiveThousandCharacters() throws Exception {
            classify("{\"text\": \"" + "a".repeat(5_001) + "\", \"channel\": \"SMS\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("text"));
        }

        @Test
        void refusesAMissingChannelAndAReceivedAtWithoutOffset() throws Exception {
            classify("""
                    {"text": "ok", "receivedAt": "2026-03-02T10:00:00"}""")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("channel", "receivedAt")));
        }

        @Test
        void refusesABodyThatIsNotJson() throws Exception {
            classify("not json").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_request"));
        }
    }

    @Test
    void needsALogin() throws Exception {
        mvc.perform(post("/api/v1/messages/classify").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"ok\", \"channel\": \"SMS\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void appearsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/messages/classify'].post").exists());
    }
}
