package io.cureflow.outreach.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachMessage.Direction;
import io.cureflow.outreach.OutreachMessage.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SandboxReplyApi.class)
class SandboxReplyApiTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SandboxReplies replies;

    private ResultActions postReply(String json) throws Exception {
        return mvc.perform(post("/api/v1/sandbox/replies").with(user("agent").roles("AGENT")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void storesTheReplyOnTheGivenCase() throws Exception {
        when(replies.reply(new ReplyTarget(null, 41L), Channel.SMS, "Can we pause?")).thenReturn(
                new OutreachMessage(5L, 41L, Channel.SMS, Direction.INBOUND, "+13125550123", "Can we pause?",
                        Status.RECEIVED, Instant.parse("2026-01-14T16:00:00Z"), null));

        postReply("{\"caseId\": 41, \"channel\": \"sms\", \"text\": \"Can we pause?\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.messageId").value(5))
                .andExpect(jsonPath("$.caseId").value(41))
                .andExpect(jsonPath("$.channel").value("SMS"))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.receivedAt").value("2026-01-14T16:00:00Z"));
    }

    @Test
    void takesTheTranscriptOfACallAsAReplyOnTheCallChannel() throws Exception {
        when(replies.reply(new ReplyTarget(null, 41L), Channel.CALL, "talk to my lawyer")).thenReturn(
                new OutreachMessage(6L, 41L, Channel.CALL, Direction.INBOUND, "+13125550123", "talk to my lawyer",
                        Status.RECEIVED, Instant.parse("2026-01-14T16:00:00Z"), null));

        postReply("{\"caseId\": 41, \"channel\": \"call\", \"text\": \"talk to my lawyer\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("CALL"));
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(delimiter = '|', value = {
            "{\"borrowerId\": 410, \"caseId\": 41, \"channel\": \"SMS\", \"text\": \"Hi\"}|borrowerId",
            "{\"channel\": \"SMS\", \"text\": \"Hi\"}|borrowerId",
            "{\"borrowerId\": \"abc\", \"channel\": \"SMS\", \"text\": \"Hi\"}|borrowerId",
            "{\"borrowerId\": 410, \"channel\": \"FAX\", \"text\": \"Hi\"}|channel",
            "{\"borrowerId\": 410, \"text\": \"Hi\"}|channel",
            "{\"borrowerId\": 410, \"channel\": \"SMS\"}|text",
            "{\"borrowerId\": 410, \"channel\": \"SMS\", \"text\": \"  \"}|text",
            "{\"borrowerId\": 410, \"channel\": \"SMS\", \"text\": [1]}|text",
            "{\"borrowerId\": 410, \"channel\": |body",
            "[]|body"})
    void namesTheFieldOfABadRequestAndStoresNothing(String json, String field) throws Exception {
        postReply(json)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.message").isNotEmpty());

        verify(replies, never()).reply(any(), any(), anyString());
    }

    @Test
    void refusesATextLongerThanSixteenHundredCharacters() throws Exception {
        postReply("{\"borrowerId\": 410, \"channel\": \"EMAIL\", \"text\": \"" + "x".repeat(1601) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("text"));
    }

    @Test
    void answersNotFoundForAnUnknownCase() throws Exception {
        when(replies.reply(any(), any(), anyString())).thenThrow(new UnknownReplyTargetException("caseId"));

        postReply("{\"caseId\": 999, \"channel\": \"SMS\", \"text\": \"Hi\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("caseId"))
                .andExpect(jsonPath("$.message").value("There is no case with this id."));
    }
}
