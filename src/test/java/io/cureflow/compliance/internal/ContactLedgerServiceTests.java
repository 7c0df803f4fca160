package io.cureflow.compliance.internal;

import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactAttempt;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContactProposal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.when;

@DataJpaTest
@Import(ComplianceGateServiceTests.Beans.class)
class ContactLedgerServiceTests {

    @MockitoBean
    CaseService cases;

    @Autowired
    ComplianceGateService gate;

    @Autowired
    ContactLedger ledger;

    @Autowired
    ContactAttemptRepository attempts;

    private long decisionId() {
        when(cases.contactOf(7L)).thenReturn(Borrowers.livingIn("NY", "10001"));
        return gate.evaluate(new ContactProposal(7L, Channel.SMS, "+13125550123",
                Instant.parse("2026-01-14T16:00:00Z"))).decisionId();
    }

    @Test
    void recordsAnOutboundAttemptWithTheAccountAndBorrowerOfTheCase() {
        long decisionId = decisionId();
        when(cases.findCase(7L)).thenReturn(Optional.of(new CaseView(7L, 70L, "ACC-70", 700L, "Pat Doe", "Acme Bank",
                "CARD", null, null, "USD", null, 35, null, null, null, null, null)));

        long id = ledger.record(7L, Channel.SMS, "+13125550123", "SENT", decisionId,
                Instant.parse("2026-01-14T16:00:00Z"));

        ContactAttemptEntity stored = attempts.findById(id).orElseThrow();
        assertThat(stored.getAccountId()).isEqualTo(70L);
        assertThat(stored.getBorrowerId()).isEqualTo(700L);
        assertThat(stored.getDirection()).isEqualTo(ContactDirection.OUTBOUND);
        assertThat(stored.getContactPoint()).isEqualTo("+13125550123");
        assertThat(stored.toAttempt().decisionId()).isEqualTo(decisionId);
    }

    @Test
    void listsTheCasesAttemptsInTimeOrderWithInboundReplies() {
        long decisionId = decisionId();
        when(cases.findCase(7L)).thenReturn(Optional.empty());
        ledger.record(7L, Channel.SMS, "+13125550123", ContactDirection.INBOUND, "RECEIVED", null,
                Instant.parse("2026-01-14T17:00:00Z"));
        ledger.record(7L, Channel.SMS, "+13125550123", "DELIVERED", decisionId, Instant.parse("2026-01-14T16:00:00Z"));
        ledger.record(8L, Channel.EMAIL, "pat@example.com", "SENT", null, Instant.parse("2026-01-14T15:00:00Z"));

        assertThat(ledger.attemptsOfCase(7L))
                .extracting(ContactAttempt::outcome, ContactAttempt::decisionId, ContactAttempt::at)
                .containsExactly(
                        tuple("DELIVERED", decisionId, Instant.parse("2026-01-14T16:00:00Z")),
                        tuple("RECEIVED", null, Instant.parse("2026-01-14T17:00:00Z")));
    }
}
