package io.cureflow.compliance.internal;

import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.ContactLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

/** Whether CureFlow has communicated with a borrower yet: the initial or the subsequent disclosure (RF-26). */
@DataJpaTest
@Import(ComplianceGateServiceTests.Beans.class)
class ContactLedgerCommunicationTests {

    private static final Instant AT = Instant.parse("2026-01-14T16:00:00Z");

    @MockitoBean
    CaseService cases;

    @Autowired
    ContactLedger ledger;

    @BeforeEach
    void borrower700OwnsEveryCase() {
        when(cases.findCase(anyLong())).thenAnswer(call -> Optional.of(new CaseView(call.getArgument(0), 70L,
                "ACC-70", 700L, "Pat Doe", "Acme Bank", "CARD", null, null, "USD", null, 35, null, null, null, null,
                null)));
    }

    @Test
    void hasNotCommunicatedWithABorrowerWithoutAttempts() {
        assertThat(ledger.hasCommunicatedWith(700L)).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource({
            "SMS, OUTBOUND, SENT, true",
            "EMAIL, OUTBOUND, DELIVERED, true",
            "CALL, OUTBOUND, CONVERSATION, true",
            "SMS, INBOUND, RECEIVED, true",
            "CALL, INBOUND, CONVERSATION, true",
            "VOICEMAIL, OUTBOUND, SENT, false",
            "VOICEMAIL, OUTBOUND, VOICEMAIL_LEFT, false",
            "CALL, OUTBOUND, RING_NO_ANSWER, false",
            "CALL, OUTBOUND, SENT, false",
            "SMS, OUTBOUND, BLOCKED, false",
            "SMS, OUTBOUND, CONTENT_BLOCKED, false",
            "EMAIL, OUTBOUND, FAILED, false"})
    void countsOnlyWhatIsACommunication(Channel channel, ContactDirection direction, String outcome,
                                         boolean communicated) {
        ledger.record(7L, channel, null, direction, outcome, null, AT);

        assertThat(ledger.hasCommunicatedWith(700L)).isEqualTo(communicated);
    }

    @Test
    @DisplayName("comment 18(e)(1)-1: after a limited-content message, the consumer's call back is the initial communication")
    void comment18e1_1_aVoicemailThenTheConsumersCallBack() {
        ledger.record(7L, Channel.VOICEMAIL, "+13125550123", "VOICEMAIL_LEFT", null, AT);
        assertThat(ledger.hasCommunicatedWith(700L)).isFalse();

        ledger.record(7L, Channel.CALL, "+13125550123", ContactDirection.INBOUND, "CONVERSATION", null,
                AT.plusSeconds(3600));

        assertThat(ledger.hasCommunicatedWith(700L)).isTrue();
    }

    @Test
    void countsEveryCaseOfTheBorrowerButNoOtherBorrower() {
        ledger.record(8L, Channel.EMAIL, "pat@example.com", "SENT", null, AT);

        assertThat(ledger.hasCommunicatedWith(700L)).isTrue();
        assertThat(ledger.hasCommunicatedWith(701L)).isFalse();
    }
}
