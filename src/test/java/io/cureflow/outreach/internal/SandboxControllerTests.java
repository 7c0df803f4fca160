package io.cureflow.outreach.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.outreach.OutreachMessage.Direction;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.internal.SandboxConversations.BorrowerRow;
import io.cureflow.outreach.internal.SandboxConversations.Entry;
import io.cureflow.outreach.internal.compose.Provenance;
import io.cureflow.outreach.internal.SandboxConversations.Thread;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(SandboxController.class)
class SandboxControllerTests {

    private static final ZonedDateTime NOON = ZonedDateTime.of(2026, 1, 14, 12, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SandboxConversations conversations;

    @MockitoBean
    SandboxReplies replies;

    @BeforeEach
    void patHasAThread() {
        when(conversations.thread(410L)).thenReturn(Optional.of(new Thread(410L, "Pat Doe", List.of(
                new Entry(1L, 41L, Channel.SMS, Direction.OUTBOUND, "+13125550123", null,
                        "Hi Pat, we can help.", Status.DELIVERED, NOON,
                        new Provenance("template", "sms/first/neutral/en#b", null, null)),
                new Entry(2L, 41L, Channel.SMS, Direction.INBOUND, "+13125550123", null,
                        "Can we pause?", Status.RECEIVED, NOON.plusMinutes(5), null)))));
    }

    @Test
    void listsBorrowersWithTheNewestActivityFirst() throws Exception {
        when(conversations.borrowers(0)).thenReturn(List.of(
                new BorrowerRow(411L, "Ana Ruiz", NOON.plusHours(1), 3),
                new BorrowerRow(410L, "Pat Doe", NOON, 2)));

        mvc.perform(get("/sandbox").with(user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("Sandbox", "Ana Ruiz", "Pat Doe")))
                .andExpect(content().string(containsString("/sandbox/borrowers/411")));
    }

    @Test
    void speaksSpanishToASpanishBrowser() throws Exception {
        when(conversations.borrowers(0)).thenReturn(List.of(new BorrowerRow(410L, "Pat Doe", NOON, 2)));

        mvc.perform(get("/sandbox").header("Accept-Language", "es").with(user("agent").roles("AGENT")))
                .andExpect(content().string(containsString("Última actividad")));
        mvc.perform(get("/sandbox/borrowers/410").header("Accept-Language", "es").with(user("agent").roles("AGENT")))
                .andExpect(content().string(containsString("Responder como el deudor")));
    }

    @Test
    void showsTheBorrowersThreadAndTheReplyForm() throws Exception {
        mvc.perform(get("/sandbox/borrowers/410").with(user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("Conversation with Pat Doe", "Hi Pat, we can help.",
                        "Template sms/first/neutral/en#b", "Can we pause?", "Reply as the borrower")))
                .andExpect(content().string(containsString("hx-post=\"/sandbox/borrowers/410/replies\"")))
                .andExpect(content().string(containsString("bubble inbound")));
    }

    @Test
    void answersNotFoundForABorrowerWithoutMessages() throws Exception {
        when(conversations.thread(999L)).thenReturn(Optional.empty());

        mvc.perform(get("/sandbox/borrowers/999").with(user("agent").roles("AGENT")))
                .andExpect(status().isNotFound());
    }

    @Test
    void storesAReplyAndReturnsOnlyTheThreadToHtmx() throws Exception {
        mvc.perform(post("/sandbox/borrowers/410/replies").with(user("agent").roles("AGENT")).with(csrf())
                        .header("HX-Request", "true")
                        .param("channel", "EMAIL").param("text", "  Please call me.  "))
                .andExpect(status().isOk())
                .andExpect(view().name("outreach/sandbox-borrower :: conversation"))
                .andExpect(content().string(containsString("id=\"conversation\"")))
                .andExpect(content().string(not(containsString("<html"))));

        verify(replies).reply(ReplyTarget.borrower(410L), Channel.EMAIL, "Please call me.");
    }

    @Test
    void redirectsBackToTheThreadWithoutHtmx() throws Exception {
        mvc.perform(post("/sandbox/borrowers/410/replies").with(user("agent").roles("AGENT")).with(csrf())
                        .param("channel", "SMS").param("text", "Yes"))
                .andExpect(redirectedUrl("/sandbox/borrowers/410"));
    }

    @Test
    void showsWhatIsWrongAndStoresNothingForAnEmptyReply() throws Exception {
        mvc.perform(post("/sandbox/borrowers/410/replies").with(user("agent").roles("AGENT")).with(csrf())
                        .header("HX-Request", "true").param("channel", "SMS").param("text", "   "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write a reply of 1 to 1600 characters.")));

        verify(replies, never()).reply(any(), any(), anyString());
    }

    @Test
    void refusesAReplyLongerThanSixteenHundredCharactersOrOnAnotherChannel() throws Exception {
        mvc.perform(post("/sandbox/borrowers/410/replies").with(user("agent").roles("AGENT")).with(csrf())
                        .param("channel", "SMS").param("text", "x".repeat(1601)))
                .andExpect(content().string(containsString("Write a reply of 1 to 1600 characters.")));
        mvc.perform(post("/sandbox/borrowers/410/replies").with(user("agent").roles("AGENT")).with(csrf())
                        .param("channel", "FAX").param("text", "Hello"))
                .andExpect(content().string(containsString("Choose SMS, EMAIL or CALL")));

        verify(replies, never()).reply(any(), any(), anyString());
    }

    @Test
    void isClosedToAnonymousVisitors() throws Exception {
        mvc.perform(get("/sandbox")).andExpect(status().is4xxClientError());
    }
}
