package io.cureflow.compliance.internal;

import io.cureflow.compliance.AttemptOutcome;
import io.cureflow.compliance.AttemptRecord;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.support.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The frequency windows as PostgreSQL reads them: time zones, booleans, the misdirected and consent joins. */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CallFrequencyQueriesPostgresTests extends CallFrequencyFixture {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

    @Test
    void countsSevenCallsOfOneDebtAndNoneOfAnother() {
        for (int day = 1; day <= 7; day++) {
            dialAllowed(ny("2026-04-0" + day + "T10:00"), AttemptOutcome.RING_NO_ANSWER);
        }
        call(ny("2026-04-07T11:00"), AttemptOutcome.BUSY);

        ComplianceDecision eighth = propose(ny("2026-04-07T15:00"));

        assertThat(blockingRules(eighth)).containsExactly("RF-01");
        assertThat(eighth.nextAllowedAt()).isEqualTo(ny("2026-04-08T08:00"));
        assertThat(propose(CARD_A_CASE, MOBILE, ny("2026-04-07T15:00")).allowed()).isTrue();
    }

    @Test
    void leavesOutCallsToAMisdirectedNumberWithoutDeletingThem() {
        for (int day = 1; day <= 7; day++) {
            call(MEDICAL_CASE, MEDICAL, day <= 2 ? OFFICE : HOME, ny("2026-06-0" + day + "T10:00"),
                    AttemptOutcome.RING_NO_ANSWER);
        }
        assertThat(propose(ny("2026-06-07T15:00")).allowed()).isFalse();

        misdirected.record(BORROWER, OFFICE, null, "manager");

        assertThat(propose(ny("2026-06-07T15:00")).allowed()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from contact_attempt_debt where borrower_id = ?",
                Integer.class, BORROWER)).isEqualTo(7);
    }

    @Test
    void consentReceivedBeforeTheWindowStillCoversItsCallsAndEndsAtAConversation() {
        consents.record(BORROWER, MEDICAL, ny("2026-06-04T09:00"), null, "agent");
        for (String at : List.of("08T10:00", "08T15:00", "09T10:00", "09T15:00", "10T10:00", "10T15:00",
                "10T17:00")) {
            call(ny("2026-06-" + at), AttemptOutcome.RING_NO_ANSWER);
        }
        call(ny("2026-06-10T19:00"), AttemptOutcome.CONVERSATION);

        assertThat(blockingRules(propose(ny("2026-06-10T20:00")))).contains("RF-02").doesNotContain("RF-01");
        assertThat(propose(ny("2026-06-17T10:00")).allowed()).isTrue();
    }

    @Test
    void aDebtRaisedInTheConversationIsStoredWithoutTheCall() {
        ledger.record(new AttemptRecord(MEDICAL_CASE, BORROWER, List.of(MEDICAL), Channel.CALL,
                ContactDirection.OUTBOUND, HOME, AttemptOutcome.CONVERSATION, null, null, ny("2026-11-09T10:00"),
                List.of(CARD_A)));

        assertThat(jdbc.queryForList("select account_id, counts_as_call, conversation from contact_attempt_debt "
                + "where borrower_id = ? order by account_id", BORROWER))
                .extracting(row -> List.of(row.get("account_id"), row.get("counts_as_call"), row.get("conversation")))
                .containsExactly(List.of(MEDICAL, true, true), List.of(CARD_A, false, true));
        assertThat(blockingRules(propose(CARD_A_CASE, MOBILE, ny("2026-11-15T10:00")))).containsExactly("RF-02");
    }

    @Test
    void spacesCallsToOneNumberAcrossDebts() {
        Instant first = ny("2026-04-01T10:00");
        call(CARD_A_CASE, CARD_A, HOME, first, AttemptOutcome.RING_NO_ANSWER);

        ComplianceDecision redial = propose(MEDICAL_CASE, HOME, first.plusSeconds(60));

        assertThat(blockingRules(redial)).containsExactly("RF-07");
        assertThat(redial.nextAllowedAt()).isEqualTo(first.plusSeconds(300));
    }
}
