package io.cureflow.compliance.internal.caps;

import io.cureflow.compliance.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@Import(JdbcLedgerWindow.class)
class JdbcLedgerWindowTests {

    static final long BORROWER = 9_100L;
    static final long ACCOUNT = 9_101L;

    @Autowired
    JdbcLedgerWindow window;

    @Autowired
    JdbcClient jdbc;

    void row(long borrowerId, long accountId, String channel, String direction, String outcome, String at) {
        jdbc.sql("insert into contact_attempt (case_id, account_id, borrower_id, channel, contact_point, direction,"
                        + " outcome, attempted_at) values (1, :account, :borrower, :channel, '+16175550123',"
                        + " :direction, :outcome, :at)")
                .param("account", accountId).param("borrower", borrowerId).param("channel", channel)
                .param("direction", direction).param("outcome", outcome)
                .param("at", OffsetDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC))
                .update();
    }

    @BeforeEach
    void ledger() {
        row(BORROWER, ACCOUNT, "SMS", "OUTBOUND", "SENT", "2026-01-09T23:59:59.999999Z");
        row(BORROWER, ACCOUNT, "SMS", "OUTBOUND", "SENT", "2026-01-10T00:00:00Z");
        row(BORROWER, ACCOUNT, "CALL", "OUTBOUND", "BUSY", "2026-01-11T15:00:00Z");
        row(BORROWER, ACCOUNT, "CALL", "OUTBOUND", "BLOCKED", "2026-01-11T16:00:00Z");
        row(BORROWER, ACCOUNT, "SMS", "OUTBOUND", "NO_CONTACT_POINT", "2026-01-11T17:00:00Z");
        row(BORROWER, ACCOUNT, "SMS", "INBOUND", "RECEIVED", "2026-01-12T15:00:00Z");
        row(BORROWER, ACCOUNT + 1, "EMAIL", "OUTBOUND", "DELIVERED", "2026-01-13T15:00:00Z");
        row(BORROWER + 1, ACCOUNT + 2, "EMAIL", "OUTBOUND", "DELIVERED", "2026-01-13T15:00:00Z");
        row(BORROWER, ACCOUNT, "VOICEMAIL", "OUTBOUND", "SENT", "2026-01-17T00:00:00Z");
    }

    @Test
    void returnsThePersonsOutboundAttemptsOfTheHalfOpenWindowOldestFirst() {
        var attempts = window.ofBorrower(BORROWER, Instant.parse("2026-01-10T00:00:00Z"),
                Instant.parse("2026-01-17T00:00:00Z"));

        assertThat(attempts).extracting(OutboundAttempt::at).containsExactly(Instant.parse("2026-01-10T00:00:00Z"),
                Instant.parse("2026-01-11T15:00:00Z"), Instant.parse("2026-01-13T15:00:00Z"));
        assertThat(attempts).extracting(OutboundAttempt::channel)
                .containsExactly(Channel.SMS, Channel.CALL, Channel.EMAIL);
        assertThat(attempts.get(1).outcome()).isEqualTo("BUSY");
        assertThat(attempts.get(1).wentOut()).isFalse();
        assertThat(attempts.get(0).contactPoint()).isEqualTo("+16175550123");
        assertThat(attempts.get(2).accountId()).isEqualTo(ACCOUNT + 1);
    }

    @Test
    void returnsOneDebtsAttempts() {
        assertThat(window.ofAccount(ACCOUNT, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z")))
                .extracting(OutboundAttempt::at)
                .containsExactly(Instant.parse("2026-01-09T23:59:59.999999Z"), Instant.parse("2026-01-10T00:00:00Z"),
                        Instant.parse("2026-01-11T15:00:00Z"), Instant.parse("2026-01-17T00:00:00Z"));
    }
}
