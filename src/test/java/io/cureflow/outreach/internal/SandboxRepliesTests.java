package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ConsentRevocations;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.RevocationOutcome;
import io.cureflow.outreach.BorrowerReplied;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.cureflow.outreach.internal.OutreachFixtures.borrower;
import static io.cureflow.outreach.internal.OutreachFixtures.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

@DataJpaTest
@RecordApplicationEvents
@Import(SandboxRepliesTests.Beans.class)
class SandboxRepliesTests {

    @TestConfiguration
    @Import({OutreachServiceImpl.class, ComposerBeans.class, SandboxGateway.class, SandboxReplies.class,
            InboundMessages.class, SandboxConversations.class, OptOutConfirmations.class,
            ContentGuardrailBeans.class})
    static class Beans {

        @Bean
        Clock clock() {
            return new SteppingClock(Instant.parse("2026-01-14T16:00:00Z"));
        }

        @Bean
        MessageSource messageSource() {
            return OutreachFixtures.bundles();
        }

        @Bean
        OutreachProperties outreachProperties() {
            return OutreachFixtures.properties();
        }
    }

    @MockitoBean
    CaseService cases;

    @MockitoBean
    ContactLedger ledger;

    @MockitoBean
    ConsentRevocations revocations;

    @Autowired
    OutreachService outreach;

    @Autowired
    SandboxReplies replies;

    @Autowired
    SandboxConversations conversations;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void patHasTwoCasesAndAnaOne() {
        when(revocations.fromInboundText(anyLong(), any(), any(), any(), any())).thenReturn(RevocationOutcome.NONE);
        when(cases.contactOf(41L)).thenReturn(borrower(41, 410, "en"));
        when(cases.contactOf(42L)).thenReturn(borrower(42, 410, "en"));
        when(cases.contactOf(51L)).thenReturn(new CaseContact(51, 510, "ACC-51", 510, "Ana",
                "Ruiz", "es", "TX", "75001", null, List.of(email(9, "ana@example.com")), "Acme Bank", "CARD",
                null, null, "USD", 10));
    }

    private long sent(long caseId, Channel channel) {
        return outreach.send(outreach.compose(caseId, channel, 1, "neutral").orElseThrow().messageId()).messageId();
    }

    @Test
    void putsAReplyOnTheCaseOfTheLatestMessageOnThatChannel() {
        sent(41L, Channel.SMS);
        sent(42L, Channel.EMAIL);

        OutreachMessage reply = replies.reply(ReplyTarget.borrower(410L), Channel.SMS, "Pause please");

        assertThat(reply.caseId()).isEqualTo(41L);
        assertThat(reply.address()).isEqualTo(OutreachFixtures.MOBILE);
        assertThat(events.stream(BorrowerReplied.class))
                .containsExactly(new BorrowerReplied(41L, reply.messageId()));
    }

    @Test
    void putsAReplyOnTheBorrowersLatestCaseWhenNothingWasSentOnThatChannel() {
        sent(41L, Channel.SMS);
        sent(42L, Channel.SMS);

        OutreachMessage reply = replies.reply(ReplyTarget.borrower(410L), Channel.EMAIL, "Call me");

        assertThat(reply.caseId()).isEqualTo(42L);
        assertThat(reply.address()).isEqualTo(OutreachFixtures.EMAIL);
    }

    @Test
    void putsAReplyOnTheNamedCase() {
        when(cases.findCase(41L)).thenReturn(Optional.of(new CaseView(41L, 410L, "ACC-41", 410L, "Pat Doe",
                "Acme Bank", "CARD", null, null, "USD", null, 35, null, null, null, null, null)));

        OutreachMessage reply = replies.reply(new ReplyTarget(null, 41L), Channel.SMS, "Hello");

        assertThat(reply.caseId()).isEqualTo(41L);
        assertThat(reply.address()).isEqualTo(OutreachFixtures.MOBILE);
        assertThat(events.stream(BorrowerReplied.class)).hasSize(1);
    }

    @Test
    void refusesABorrowerWithoutAConversationAndAnUnknownCase() {
        assertThatThrownBy(() -> replies.reply(ReplyTarget.borrower(999L), Channel.SMS, "Hello"))
                .isInstanceOfSatisfying(UnknownReplyTargetException.class,
                        e -> assertThat(e.field()).isEqualTo("borrowerId"));
        assertThatThrownBy(() -> replies.reply(new ReplyTarget(null, 999L), Channel.SMS, "Hello"))
                .isInstanceOfSatisfying(UnknownReplyTargetException.class,
                        e -> assertThat(e.field()).isEqualTo("caseId"));
        assertThat(events.stream(BorrowerReplied.class)).isEmpty();
    }

    @Test
    void listsBorrowersByLatestActivityWithTheirNames() {
        sent(41L, Channel.SMS);
        sent(51L, Channel.EMAIL);
        replies.reply(ReplyTarget.borrower(410L), Channel.SMS, "Later reply");

        assertThat(conversations.borrowers(0))
                .extracting(SandboxConversations.BorrowerRow::borrowerId, SandboxConversations.BorrowerRow::name,
                        SandboxConversations.BorrowerRow::messageCount)
                .containsExactly(
                        tuple(410L, "Pat Doe", 2L),
                        tuple(510L, "Ana Ruiz", 1L));
    }

    @Test
    void showsABorrowersThreadAcrossCasesInOrder() {
        long first = sent(41L, Channel.SMS);
        long second = sent(42L, Channel.EMAIL);
        long reply = replies.reply(ReplyTarget.borrower(410L), Channel.EMAIL, "Thanks").messageId();

        assertThat(conversations.thread(410L)).get().satisfies(thread -> {
            assertThat(thread.name()).isEqualTo("Pat Doe");
            assertThat(thread.entries()).extracting(SandboxConversations.Entry::messageId)
                    .containsExactly(first, second, reply);
            assertThat(thread.entries().get(1).subject()).isNotBlank();
            assertThat(thread.entries().get(2).inbound()).isTrue();
        });
        assertThat(conversations.thread(999L)).isEmpty();
    }
}
