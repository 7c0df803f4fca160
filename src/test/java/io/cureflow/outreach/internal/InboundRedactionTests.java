package io.cureflow.outreach.internal;

import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.outreach.BorrowerReplied;
import io.cureflow.outreach.OutreachMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** A borrower's message is masked before it is stored: no page, log or language model sees a card number. */
@DataJpaTest
@RecordApplicationEvents
@Import(SandboxRepliesTests.Beans.class)
class InboundRedactionTests {

    @MockitoBean
    CaseService cases;

    @MockitoBean
    ContactLedger ledger;

    @MockitoBean
    io.cureflow.compliance.ConsentRevocations revocations;

    @org.junit.jupiter.api.BeforeEach
    void noReplyIsARevocation() {
        org.mockito.Mockito.when(revocations.fromInboundText(org.mockito.ArgumentMatchers.anyLong(),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
                .thenReturn(io.cureflow.compliance.RevocationOutcome.NONE);
    }

    @Autowired
    InboundMessages inbound;

    @Autowired
    MessageRepository messages;

    @Autowired
    ApplicationEvents events;

    @Test
    void storesTheReplyWithCardSsnAndBirthDateMasked() {
        OutreachMessage reply = inbound.receive(41L, 410L, Channel.SMS, OutreachFixtures.MOBILE,
                "Pay with 4111 1111 1111 1111 exp 12/27. SSN 123-45-6789, DOB 01/02/1975. I can pay $50 on 12/15.");

        String stored = messages.findById(reply.messageId()).orElseThrow().getBody();
        assertThat(stored).isEqualTo("Pay with [card ••••1111] exp 12/27. SSN [ssn], DOB [dob]. I can pay $50 on"
                + " 12/15.");
        assertThat(reply.body()).isEqualTo(stored);
        assertThat(events.stream(BorrowerReplied.class)).hasSize(1);
    }

    @Test
    void keepsAnOrdinaryReplyAsItWasWritten() {
        OutreachMessage reply = inbound.receive(41L, 410L, Channel.EMAIL, OutreachFixtures.EMAIL,
                "Perdí mi trabajo. ¿Podemos hacer una pausa? Mi número es 312-555-0123.");

        assertThat(reply.body()).isEqualTo("Perdí mi trabajo. ¿Podemos hacer una pausa? Mi número es 312-555-0123.");
    }
}
