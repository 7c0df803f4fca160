package io.cureflow.outreach.internal;

import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachMessage.Direction;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.OutreachService;
import io.cureflow.outreach.UnknownMessageException;
import io.cureflow.outreach.internal.compose.Provenance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static io.cureflow.outreach.internal.OutreachFixtures.borrower;
import static io.cureflow.outreach.internal.OutreachFixtures.email;
import static io.cureflow.outreach.internal.OutreachFixtures.landline;
import static io.cureflow.outreach.internal.OutreachFixtures.optedOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@DataJpaTest
@Import(OutreachServiceTests.Beans.class)
class OutreachServiceTests {

    static final Instant NOW = Instant.parse("2026-01-14T16:00:00Z");

    @TestConfiguration
    @Import({OutreachServiceImpl.class, ComposerBeans.class, SandboxGateway.class, ContentGuardrailBeans.class})
    static class Beans {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
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

    @MockitoSpyBean
    OutreachGateway gateway;

    @Autowired
    OutreachService outreach;

    @Autowired
    MessageRepository messages;

    @Test
    void storesAComposedTextForTheBorrowersMobile() {
        when(cases.contactOf(7L)).thenReturn(borrower(7, 70, "es"));

        OutreachMessage message = outreach.compose(7L, Channel.SMS, 2, "friendly").orElseThrow();

        assertThat(message.status()).isEqualTo(Status.COMPOSED);
        assertThat(message.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(message.address()).isEqualTo(OutreachFixtures.MOBILE);
        assertThat(message.body()).startsWith("Hola Pat, le escribe otra vez CureFlow Servicing");
        assertThat(message.createdAt()).isEqualTo(NOW);
        assertThat(message.sentAt()).isNull();
        MessageEntity stored = messages.findById(message.messageId()).orElseThrow();
        assertThat(stored.getTemplateKey()).matches("sms/follow-up/friendly/es#[ab]");
        assertThat(stored.getProvenance()).isEqualTo(new Provenance("template", stored.getTemplateKey(), null, null));
        assertThat(stored.getBorrowerId()).isEqualTo(70L);
        verify(gateway, times(0)).deliver(any());
    }

    @Test
    void storesTheSubjectOfAnEmail() {
        when(cases.contactOf(7L)).thenReturn(borrower(7, 70, "en"));

        OutreachMessage message = outreach.compose(7L, Channel.EMAIL, 1, "supportive").orElseThrow();

        assertThat(message.address()).isEqualTo(OutreachFixtures.EMAIL);
        assertThat(messages.findById(message.messageId()).orElseThrow().getSubject())
                .isIn("We are here to help, Pat", "Help with your Acme Bank account");
    }

    @Test
    void composesNothingWhenNoContactPointFitsTheChannel() {
        when(cases.contactOf(7L)).thenReturn(borrower(7, 70, "en",
                List.of(landline(1, OutreachFixtures.LANDLINE), optedOut(email(2, OutreachFixtures.EMAIL)))));

        assertThat(outreach.compose(7L, Channel.SMS, 1, "neutral")).isEmpty();
        assertThat(outreach.compose(7L, Channel.EMAIL, 1, "neutral")).isEmpty();
        assertThat(messages.count()).isZero();
    }

    @Test
    void sendsThroughTheSandboxWhichDeliversAtOnce() {
        when(cases.contactOf(7L)).thenReturn(borrower(7, 70, "en"));
        long id = outreach.compose(7L, Channel.SMS, 1, "neutral").orElseThrow().messageId();

        OutreachMessage sent = outreach.send(id);

        assertThat(sent.status()).isEqualTo(Status.DELIVERED);
        assertThat(sent.sentAt()).isEqualTo(NOW);
        MessageEntity stored = messages.findById(id).orElseThrow();
        assertThat(stored.getProviderReference()).isEqualTo("sandbox-" + id);
        assertThat(stored.getDeliveredAt()).isEqualTo(NOW);
    }

    @Test
    void sendsAMessageOnceHoweverOftenItIsSent() {
        when(cases.contactOf(7L)).thenReturn(borrower(7, 70, "en"));
        long id = outreach.compose(7L, Channel.CALL, 1, "neutral").orElseThrow().messageId();

        OutreachMessage first = outreach.send(id);
        OutreachMessage second = outreach.send(id);

        assertThat(second).isEqualTo(first);
        verify(gateway, times(1)).deliver(any());
    }

    @Test
    void marksAMessageFailedWhenTheGatewayRefusesItAndSendsItOnTheNextTry() {
        when(cases.contactOf(7L)).thenReturn(borrower(7, 70, "en"));
        long id = outreach.compose(7L, Channel.SMS, 1, "neutral").orElseThrow().messageId();
        doThrow(new IllegalStateException("carrier down")).doCallRealMethod().when(gateway).deliver(any());

        assertThat(outreach.send(id).status()).isEqualTo(Status.FAILED);
        assertThat(outreach.send(id).status()).isEqualTo(Status.DELIVERED);
    }

    @Test
    void refusesAnUnknownMessage() {
        assertThatThrownBy(() -> outreach.send(404L)).isInstanceOf(UnknownMessageException.class);
    }

    @Test
    void listsTheCasesConversationInOrder() {
        when(cases.contactOf(7L)).thenReturn(borrower(7, 70, "en"));
        when(cases.contactOf(8L)).thenReturn(borrower(8, 70, "en"));
        long sms = outreach.compose(7L, Channel.SMS, 1, "neutral").orElseThrow().messageId();
        outreach.compose(8L, Channel.SMS, 1, "neutral");
        long email = outreach.compose(7L, Channel.EMAIL, 2, "neutral").orElseThrow().messageId();

        assertThat(outreach.conversationOfCase(7L)).extracting(OutreachMessage::messageId).containsExactly(sms, email);
    }
}
