package io.cureflow.compliance.internal.validation;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.InitialCommunicationRecorded;
import io.cureflow.compliance.NoticeMedium;
import io.cureflow.compliance.ValidationNoticeStatus;
import io.cureflow.compliance.ValidationPeriod;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@RecordApplicationEvents
@Import(ValidationNoticeServiceTests.Beans.class)
class ValidationNoticeServiceTests {

    private static final long CASE_ID = 7L;
    /** Monday 2 March 2026, 10:00 in New York. */
    private static final Instant FIRST_TEXT = Instant.parse("2026-03-02T15:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-03-08T05:00:00Z");

    @TestConfiguration
    @EnableConfigurationProperties(ValidationNoticeProperties.class)
    @Import({ValidationNoticeService.class, ValidationCalendar.class, ValidationNoticeRule.class, NoticeStatusReader.class,
            ComplianceMessages.class})
    static class Beans {
    }

    @Autowired
    ValidationNoticeService notices;

    @Autowired
    ValidationNoticeRule rule;

    @Autowired
    ApplicationEvents events;

    @Test
    void firstCommunicationStartsTheFiveDayClockAndAnnouncesIt() {
        ValidationNoticeStatus status = notices.recordInitialCommunication(CASE_ID, Channel.SMS, FIRST_TEXT)
                .orElseThrow();

        assertThat(status.noticeDueOn()).isEqualTo(LocalDate.parse("2026-03-07"));
        assertThat(status.noticeDueAt()).isEqualTo(DEADLINE);
        assertThat(status.noticeSent()).isFalse();
        assertThat(events.stream(InitialCommunicationRecorded.class))
                .containsExactly(new InitialCommunicationRecorded(CASE_ID, FIRST_TEXT, DEADLINE));
    }

    @Test
    void laterCommunicationsKeepTheFirstOne() {
        notices.recordInitialCommunication(CASE_ID, Channel.SMS, FIRST_TEXT);

        ValidationNoticeStatus status = notices.recordInitialCommunication(CASE_ID, Channel.EMAIL,
                FIRST_TEXT.plusSeconds(86_400)).orElseThrow();

        assertThat(status.initialCommunicationAt()).isEqualTo(FIRST_TEXT);
        assertThat(status.initialChannel()).isEqualTo(Channel.SMS);
        assertThat(events.stream(InitialCommunicationRecorded.class)).hasSize(1);
    }

    @Test
    @DisplayName("§1006.2(j): a limited-content voicemail is not an initial communication")
    void voicemailIsNotAnInitialCommunication() {
        assertThat(notices.recordInitialCommunication(CASE_ID, Channel.VOICEMAIL, FIRST_TEXT)).isEmpty();
        assertThat(notices.statusOf(CASE_ID)).isEmpty();
    }

    @Test
    void sentNoticeCarriesItsValidationPeriod() {
        notices.recordInitialCommunication(CASE_ID, Channel.SMS, FIRST_TEXT);

        ValidationNoticeStatus status = notices.recordNoticeSent(CASE_ID, NoticeMedium.EMAIL,
                FIRST_TEXT.plusSeconds(60));

        assertThat(status.medium()).isEqualTo(NoticeMedium.EMAIL);
        assertThat(status.period()).isEqualTo(new ValidationPeriod(LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-09"), LocalDate.parse("2026-04-08")));
        assertThat(notices.statusOf(CASE_ID)).get().isEqualTo(status);
    }

    @Test
    @DisplayName("comment 34(b)(5)-2: a notice re-sent after the first was undeliverable moves the period")
    void comment34b5_2_resentNoticeRecomputesThePeriodFromTheNewNotice() {
        notices.recordInitialCommunication(CASE_ID, Channel.SMS, Instant.parse("2026-01-01T15:00:00Z"));
        notices.recordNoticeSent(CASE_ID, NoticeMedium.MAIL, Instant.parse("2026-01-01T16:00:00Z"));

        ValidationNoticeStatus status = notices.recordNoticeSent(CASE_ID, NoticeMedium.MAIL,
                Instant.parse("2026-01-15T16:00:00Z"));

        // Thursday 15 January: Fri 16, (MLK Day Mon 19 skipped) Tue 20, Wed 21, Thu 22, Fri 23
        assertThat(status.period()).isEqualTo(new ValidationPeriod(LocalDate.parse("2026-01-15"),
                LocalDate.parse("2026-01-23"), LocalDate.parse("2026-02-22")));
    }

    @Test
    void gateAllowsCollectionWhileTheNoticeIsNotYetDue() {
        notices.recordInitialCommunication(CASE_ID, Channel.SMS, FIRST_TEXT);

        assertThat(rule.evaluate(context(DEADLINE.minusSeconds(1), "1200.00")).blocked()).isFalse();
    }

    @Test
    @DisplayName("§1006.34(a)(1)(i)(B): no notice five days after the initial communication stops collection")
    void missedDeadlineStopsAutomatedCollectionWithAClearReason() {
        notices.recordInitialCommunication(CASE_ID, Channel.SMS, FIRST_TEXT);

        RuleResult result = rule.evaluate(context(DEADLINE, "1200.00"));

        assertThat(result.blocked()).isTrue();
        assertThat(result.stopsAutomation()).isTrue();
        assertThat(result.message()).contains("Validation notice overdue").contains("2026-03-07");
        assertThat(result.detail()).contains("noticeDueOn=2026-03-07").doesNotContain("+1555");
    }

    @Test
    void sendingTheNoticeLiftsTheStop() {
        notices.recordInitialCommunication(CASE_ID, Channel.SMS, FIRST_TEXT);
        notices.recordNoticeSent(CASE_ID, NoticeMedium.MAIL, DEADLINE.plusSeconds(3_600));

        assertThat(rule.evaluate(context(DEADLINE.plusSeconds(7_200), "1200.00")).blocked()).isFalse();
    }

    @Test
    @DisplayName("§1006.34(a)(2): a debt paid before the notice was due needs no notice")
    void paidDebtNeedsNoNotice() {
        notices.recordInitialCommunication(CASE_ID, Channel.SMS, FIRST_TEXT);

        assertThat(rule.evaluate(context(DEADLINE.plusSeconds(60), "0.00")).blocked()).isFalse();
    }

    @Test
    void caseWithoutCommunicationPasses() {
        assertThat(rule.evaluate(context(DEADLINE, "1200.00")).blocked()).isFalse();
    }

    private static ContactContext context(Instant at, String balance) {
        CaseContact contact = new CaseContact(CASE_ID, 70L, "ACC-70", 700L, "Pat", "Doe", "en", "NY", "10001",
                null, List.of(), "Acme Bank", "CARD", new BigDecimal(balance), new BigDecimal("150.00"), "USD", 35);
        return new ContactContext(new ContactProposal(CASE_ID, Channel.SMS, "+15555550100", at), contact, null, at);
    }
}
