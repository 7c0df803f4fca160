package io.cureflow.compliance.internal.caps;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static io.cureflow.compliance.internal.caps.Consumers.ACCOUNT;
import static io.cureflow.compliance.internal.caps.Consumers.BORROWER;
import static io.cureflow.compliance.internal.caps.Consumers.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

class ChannelCapsRuleTests {

    private static final CapsProperties DEFAULTS = Bound.caps();

    private final InMemoryLedgerWindow ledger = new InMemoryLedgerWindow();
    private final Consumers newYorker = Consumers.livingIn("NY", "12207", "America/New_York");

    private RuleResult check(Consumers consumer, Channel channel, String at) {
        return check(DEFAULTS, consumer, channel, at);
    }

    private RuleResult check(CapsProperties properties, Consumers consumer, Channel channel, String at) {
        return new ChannelCapsRule(properties, ledger, new ComplianceMessages())
                .evaluate(consumer.proposing(channel, Instant.parse(at)));
    }

    private void sent(Channel channel, String at) {
        ledger.sent(BORROWER, ACCOUNT, channel, MOBILE, Instant.parse(at));
    }

    private void call(String outcome, String at) {
        ledger.add(BORROWER, ACCOUNT, Channel.CALL, MOBILE, ContactDirection.OUTBOUND, outcome, Instant.parse(at));
    }

    @Nested
    class RegulationFExamples {

        @Test
        @DisplayName("comment 14(a)-1.i: a second unsolicited text on the same local day waits for the next day")
        void comment14a1_i_numerousTextsPerDayAreCappedAtTheDailySmsCap() {
            sent(Channel.SMS, "2026-01-14T15:00:00Z");

            RuleResult second = check(newYorker, Channel.SMS, "2026-01-14T20:00:00Z");

            assertThat(second.blocked()).isTrue();
            assertThat(second.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-15T05:00:00Z"));
            assertThat(second.message()).isEqualTo("Daily contact cap reached for text messages: 1 today at the "
                    + "consumer's location, cap 1.");
        }

        @Test
        @DisplayName("comment 14(a)-1.i: texts on several consecutive days stop at the weekly SMS cap")
        void comment14a1_i_textsOnConsecutiveDaysStopAtTheWeeklySmsCap() {
            sent(Channel.SMS, "2026-01-12T15:00:00Z");
            sent(Channel.SMS, "2026-01-13T15:00:00Z");
            sent(Channel.SMS, "2026-01-14T15:00:00Z");

            RuleResult fourth = check(newYorker, Channel.SMS, "2026-01-15T15:00:00Z");

            assertThat(fourth.blocked()).isTrue();
            assertThat(fourth.message()).contains("Weekly contact cap reached for text messages: 3");
            // 12 January leaves the 7-day window on the 19th
            assertThat(fourth.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-19T05:00:00Z"));
        }

        @Test
        @DisplayName("comment 14(a)-2.i: seven unanswered calls within 7-in-7 plus emails reach the cross-channel cap")
        void comment14a2_i_callsWithinSevenInSevenPlusEmailsReachTheCrossChannelCap() {
            for (int day = 8; day <= 14; day++) {
                call("RING_NO_ANSWER", "2026-01-%02dT15:00:00Z".formatted(day));
            }
            sent(Channel.EMAIL, "2026-01-10T16:00:00Z");
            sent(Channel.EMAIL, "2026-01-12T16:00:00Z");
            sent(Channel.SMS, "2026-01-13T16:00:00Z");

            RuleResult email = check(newYorker, Channel.EMAIL, "2026-01-14T18:00:00Z");

            assertThat(email.blocked()).isTrue();
            assertThat(email.message()).contains("Weekly contact cap reached for all channels together: 10");
            assertThat(email.detail()).contains("EMAIL 7 days 2/3").contains("ALL 7 days 10/10");
        }
    }

    @Test
    void countsVoicemailsWithCalls() {
        call("CONVERSATION", "2026-01-14T14:00:00Z");
        ledger.sent(BORROWER, ACCOUNT, Channel.VOICEMAIL, MOBILE, Instant.parse("2026-01-14T15:00:00Z"));
        call("VOICEMAIL_LEFT", "2026-01-14T16:00:00Z");

        RuleResult voicemail = check(newYorker, Channel.VOICEMAIL, "2026-01-14T18:00:00Z");

        assertThat(voicemail.blocked()).isTrue();
        assertThat(voicemail.message()).contains("calls and voicemails: 3 today");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUSY", "NOT_IN_SERVICE", "FAILED", "BLOCKED", "NO_CONTACT_POINT"})
    void doesNotCountAttemptsThatReachedNoOne(String outcome) {
        call(outcome, "2026-01-14T14:00:00Z");
        call(outcome, "2026-01-14T15:00:00Z");
        call(outcome, "2026-01-14T16:00:00Z");

        assertThat(check(newYorker, Channel.CALL, "2026-01-14T18:00:00Z").blocked()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SENT", "DELIVERED", "CONVERSATION", "ANSWERED_NO_CONVERSATION", "VOICEMAIL_LEFT",
            "VOICEMAIL_NO_MESSAGE", "RING_NO_ANSWER", "SOMETHING_NEW"})
    void countsAttemptsThatWentOutAndUnknownOutcomes(String outcome) {
        call(outcome, "2026-01-14T14:00:00Z");
        call(outcome, "2026-01-14T15:00:00Z");
        call(outcome, "2026-01-14T16:00:00Z");

        assertThat(check(newYorker, Channel.CALL, "2026-01-14T18:00:00Z").blocked()).isTrue();
    }

    @Test
    void doesNotCountTheConsumersOwnMessages() {
        ledger.add(BORROWER, ACCOUNT, Channel.SMS, MOBILE, ContactDirection.INBOUND, "RECEIVED",
                Instant.parse("2026-01-14T15:00:00Z"));

        assertThat(check(newYorker, Channel.SMS, "2026-01-14T18:00:00Z").blocked()).isFalse();
    }

    @Test
    void countsThePersonsOtherDebtsButNotOtherPeople() {
        ledger.sent(BORROWER, 71L, Channel.SMS, MOBILE, Instant.parse("2026-01-14T15:00:00Z"));
        ledger.sent(701L, 80L, Channel.EMAIL, "someone@example.com", Instant.parse("2026-01-14T15:00:00Z"));

        assertThat(check(newYorker, Channel.SMS, "2026-01-14T18:00:00Z").blocked()).isTrue();
        assertThat(check(newYorker, Channel.EMAIL, "2026-01-14T18:00:00Z").blocked()).isFalse();
    }

    @Test
    void readsTheCapsFromConfiguration() {
        CapsProperties twoTextsADay = Bound.caps("sms.daily=2", "sms.weekly=5");
        sent(Channel.SMS, "2026-01-14T15:00:00Z");

        assertThat(check(twoTextsADay, newYorker, Channel.SMS, "2026-01-14T18:00:00Z").blocked()).isFalse();
        assertThat(check(Bound.caps("enabled=false"), newYorker, Channel.SMS,
                "2026-01-14T18:00:00Z").blocked()).isFalse();
    }

    @Test
    void keepsPersonalDataOutOfTheDetail() {
        sent(Channel.SMS, "2026-01-14T15:00:00Z");

        RuleResult result = check(newYorker, Channel.SMS, "2026-01-14T18:00:00Z");

        assertThat(result.detail()).isEqualTo("SMS day 1/1; SMS 7 days 1/3; ALL day 1/3; ALL 7 days 1/10; "
                + "zones America/New_York");
        assertThat(result.message()).doesNotContain(MOBILE);
    }

    @Nested
    class CandidateZones {

        private final Consumers eastOrWest = Consumers.livingIn(null, null, "America/New_York",
                "America/Los_Angeles");

        @Test
        void blocksWhileThePacificDayIsStillTheDayOfTheLastTextAlthoughTheEasternDayTurned() {
            sent(Channel.SMS, "2026-01-15T04:30:00Z");

            RuleResult result = check(eastOrWest, Channel.SMS, "2026-01-15T06:00:00Z");

            assertThat(result.blocked()).isTrue();
            assertThat(result.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-15T08:00:00Z"));
        }

        @Test
        void waitsForTheLatestZoneToReachANewDay() {
            sent(Channel.SMS, "2026-01-15T06:30:00Z");

            RuleResult result = check(eastOrWest, Channel.SMS, "2026-01-15T07:30:00Z");

            assertThat(result.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-16T05:00:00Z"));
        }
    }

    @Nested
    class DaylightSavingTime {

        @Test
        void countsTheWeekInLocalDaysAcrossTheSpringForwardNotInHours() {
            sent(Channel.SMS, "2026-03-02T04:30:00Z");
            sent(Channel.SMS, "2026-03-04T15:00:00Z");
            sent(Channel.SMS, "2026-03-06T15:00:00Z");

            // 23:30 on 1 March is outside 2–8 March, although it is within 168 hours of the end of 8 March
            assertThat(check(newYorker, Channel.SMS, "2026-03-08T16:00:00Z").blocked()).isFalse();
        }

        @Test
        void opensTheNextWeekAtLocalMidnightAfterTheSpringForward() {
            sent(Channel.SMS, "2026-03-02T15:00:00Z");
            sent(Channel.SMS, "2026-03-04T15:00:00Z");
            sent(Channel.SMS, "2026-03-06T15:00:00Z");

            RuleResult result = check(newYorker, Channel.SMS, "2026-03-08T16:00:00Z");

            assertThat(result.earliestAllowedAt()).isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
        }

        @Test
        void treatsTheTwentyFiveHourFallBackDayAsOneDay() {
            sent(Channel.SMS, "2026-11-01T04:30:00Z");

            RuleResult result = check(newYorker, Channel.SMS, "2026-11-02T04:30:00Z");

            assertThat(result.blocked()).isTrue();
            assertThat(result.earliestAllowedAt()).isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
        }
    }
}
