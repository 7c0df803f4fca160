package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContentGuardrail;
import io.cureflow.compliance.ContentGuardrail.BlockedContent;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.OutreachService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.math.BigDecimal;
import java.util.List;

import static io.cureflow.outreach.internal.OutreachFixtures.borrower;
import static io.cureflow.outreach.internal.OutreachFixtures.email;
import static io.cureflow.outreach.internal.OutreachFixtures.mobile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Every outbound message passes the content guardrail before the gateway sees it. */
@DataJpaTest
@Import(OutreachServiceTests.Beans.class)
class OutreachContentGuardrailTests {

    @MockitoBean
    CaseService cases;

    @MockitoBean
    ContactLedger ledger;

    @MockitoSpyBean
    OutreachGateway gateway;

    @Autowired
    OutreachService outreach;

    @Autowired
    ContentGuardrail guardrail;

    @Autowired
    MessageRepository messages;

    /** A Brooklyn borrower who asked for Chinese, which CureFlow cannot write yet: NYC-01 refuses English. */
    private static CaseContact inBrooklynPreferringChinese(long caseId) {
        return new CaseContact(caseId, 70, "ACC-7", 70, "Pat", "Doe", "zh", "NY", "11211", null,
                List.of(mobile(2, OutreachFixtures.MOBILE), email(3, OutreachFixtures.EMAIL)), "Acme Bank", "CARD",
                new BigDecimal("1234.50"), new BigDecimal("150.25"), "USD", 35);
    }

    @Test
    void storesARefusedMessageAsBlockedWithItsReasonsAndNeverSendsIt() {
        when(cases.contactOf(7L)).thenReturn(inBrooklynPreferringChinese(7));

        OutreachMessage composed = outreach.compose(7L, Channel.SMS, 2, "neutral").orElseThrow();
        OutreachMessage sent = outreach.send(composed.messageId());

        assertThat(composed.status()).isEqualTo(Status.BLOCKED);
        assertThat(sent.status()).isEqualTo(Status.BLOCKED);
        verify(gateway, never()).deliver(any());
        assertThat(guardrail.blockedContentOfCase(7L)).singleElement().satisfies(blocked -> {
            assertThat(blocked.messageId()).isEqualTo(composed.messageId());
            assertThat(blocked.channel()).isEqualTo(Channel.SMS);
            assertThat(blocked.violations()).extracting(ComplianceReason::rule).containsExactly("NYC-01");
            assertThat(blocked.violations().get(0).message()).contains("prefers Chinese");
        });
        assertThat(outreach.message(composed.messageId())).map(OutreachMessage::status).contains(Status.BLOCKED);
    }

    @Test
    void checksAgainBeforeSendingAndBlocksWhatNoLongerPasses() {
        when(cases.contactOf(7L)).thenReturn(borrower(7, 70, "en"));
        long id = outreach.compose(7L, Channel.SMS, 2, "neutral").orElseThrow().messageId();
        when(cases.contactOf(7L)).thenReturn(inBrooklynPreferringChinese(7));

        assertThat(outreach.send(id).status()).isEqualTo(Status.BLOCKED);

        verify(gateway, never()).deliver(any());
        assertThat(guardrail.blockedContentOfCase(7L)).extracting(BlockedContent::messageId).containsExactly(id);
    }

    @Test
    void blocksPersonalDataAndStoresTheBodyMasked() {
        CaseContact leaky = new CaseContact(7, 70, "ACC-7", 70, "Pat", "Doe", "en", "IL", "60601", null,
                List.of(mobile(2, OutreachFixtures.MOBILE)), "card 4111 1111 1111 1111", "CARD",
                new BigDecimal("1234.50"), new BigDecimal("150.25"), "USD", 35);
        when(cases.contactOf(7L)).thenReturn(leaky);

        OutreachMessage message = outreach.compose(7L, Channel.SMS, 2, "neutral").orElseThrow();

        assertThat(message.status()).isEqualTo(Status.BLOCKED);
        assertThat(message.body()).contains("[card ••••1111]").doesNotContain("4111 1111");
        assertThat(guardrail.blockedContentOfCase(7L).get(0).violations()).extracting(ComplianceReason::rule)
                .containsExactly("PD-01");
    }

    @Test
    void recordsThePassingCheckOfEveryComposedMessageToo() {
        when(cases.contactOf(7L)).thenReturn(borrower(7, 70, "en"));

        OutreachMessage message = outreach.compose(7L, Channel.EMAIL, 2, "friendly").orElseThrow();

        assertThat(message.status()).isEqualTo(Status.COMPOSED);
        assertThat(guardrail.blockedContentOfCase(7L)).isEmpty();
        assertThat(outreach.send(message.messageId()).status()).isEqualTo(Status.DELIVERED);
    }

    @Test
    void writesTheInitialDisclosureUntilTheLedgerKnowsOfACommunication() {
        when(cases.contactOf(7L)).thenReturn(borrower(7, 70, "en"));
        when(ledger.hasCommunicatedWith(70L)).thenReturn(false);
        String first = outreach.compose(7L, Channel.SMS, 5, "neutral").orElseThrow().body();
        when(ledger.hasCommunicatedWith(70L)).thenReturn(true);
        String later = outreach.compose(7L, Channel.SMS, 1, "neutral").orElseThrow().body();

        assertThat(first).contains("any information we get will be used for that purpose");
        assertThat(later).contains("This is from a debt collector.").doesNotContain("information we get");
    }
}
