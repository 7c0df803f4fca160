package io.cureflow.compliance.internal.states;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.RuleResult;
import io.cureflow.compliance.internal.caps.Consumers;
import io.cureflow.compliance.internal.caps.InMemoryLedgerWindow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.cureflow.compliance.internal.caps.Consumers.ACCOUNT;
import static io.cureflow.compliance.internal.caps.Consumers.BORROWER;
import static io.cureflow.compliance.internal.caps.Consumers.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

class WashingtonPackTests {

    private final InMemoryLedgerWindow ledger = new InMemoryLedgerWindow();
    private final Consumers seattleite = Consumers.livingIn("WA", "98101", "America/Los_Angeles");

    private RuleResult check(StatesProperties properties, Channel channel, String at) {
        return new WashingtonRule(properties, ledger, new ComplianceMessages())
                .evaluate(seattleite.proposing(channel, Instant.parse(at)));
    }

    private RuleResult check(Channel channel, String at) {
        return check(StatePacks.defaults(), channel, at);
    }

    private void sent(Channel channel, String at) {
        ledger.sent(BORROWER, ACCOUNT, channel, channel == Channel.EMAIL ? Consumers.EMAIL : MOBILE,
                Instant.parse(at));
    }

    @Nested
    class ThreeCommunicationsAWeek {

        @Test
        void blocksTheFourthEmailInSevenDays() {
            sent(Channel.EMAIL, "2026-01-12T18:00:00Z");
            sent(Channel.EMAIL, "2026-01-13T18:00:00Z");
            sent(Channel.EMAIL, "2026-01-14T18:00:00Z");

            RuleResult fourth = check(Channel.EMAIL, "2026-01-15T18:00:00Z");

            assertThat(fourth.blocked()).isTrue();
            assertThat(fourth.message()).isEqualTo("Washington limit reached: 3 communications across all channels "
                    + "in 7 days, limit 3.");
            assertThat(fourth.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-19T08:00:00Z"));
        }

        @Test
        void countsEveryMediumTogether() {
            sent(Channel.SMS, "2026-01-12T18:00:00Z");
            ledger.add(BORROWER, ACCOUNT, Channel.CALL, MOBILE, ContactDirection.OUTBOUND, "RING_NO_ANSWER",
                    Instant.parse("2026-01-13T18:00:00Z"));
            sent(Channel.EMAIL, "2026-01-14T18:00:00Z");

            assertThat(check(Channel.SMS, "2026-01-15T18:00:00Z").blocked()).isTrue();
        }

        @Test
        void doesNotCountWhatNeverReachedTheConsumer() {
            sent(Channel.EMAIL, "2026-01-12T18:00:00Z");
            sent(Channel.EMAIL, "2026-01-13T18:00:00Z");
            ledger.add(BORROWER, ACCOUNT, Channel.CALL, MOBILE, ContactDirection.OUTBOUND, "BUSY",
                    Instant.parse("2026-01-14T18:00:00Z"));
            ledger.add(BORROWER, ACCOUNT, Channel.SMS, MOBILE, ContactDirection.INBOUND, "RECEIVED",
                    Instant.parse("2026-01-14T19:00:00Z"));

            assertThat(check(Channel.EMAIL, "2026-01-15T18:00:00Z").blocked()).isFalse();
        }

        @Test
        void rollsTheWeekRatherThanResettingOnMonday() {
            sent(Channel.EMAIL, "2026-01-16T18:00:00Z");
            sent(Channel.EMAIL, "2026-01-17T18:00:00Z");
            sent(Channel.EMAIL, "2026-01-18T18:00:00Z");

            assertThat(check(Channel.EMAIL, "2026-01-19T18:00:00Z").blocked()).isTrue();
        }
    }

    @Nested
    class ResidenceHours {

        @Test
        void blocksBeforeHalfPastSevenAndWaitsForIt() {
            RuleResult quarterPastSeven = check(Channel.CALL, "2026-01-14T15:15:00Z");

            assertThat(quarterPastSeven.blocked()).isTrue();
            assertThat(quarterPastSeven.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-14T15:30:00Z"));
            assertThat(quarterPastSeven.message())
                    .isEqualTo("Outside Washington contact hours (07:30–21:00) at the consumer's location.");
        }

        @Test
        void leavesQuarterToEightToTheFederalHours() {
            assertThat(check(Channel.CALL, "2026-01-14T15:45:00Z").blocked()).isFalse();
        }

        @Test
        void blocksFromNineInTheEvening() {
            assertThat(check(Channel.SMS, "2026-01-15T04:59:00Z").blocked()).isFalse();
            assertThat(check(Channel.SMS, "2026-01-15T05:00:00Z").earliestAllowedAt())
                    .isEqualTo(Instant.parse("2026-01-15T15:30:00Z"));
        }

        @Test
        void waitsForTheLaterOfTheOpeningAndTheWeeklyLimit() {
            sent(Channel.EMAIL, "2026-01-12T18:00:00Z");
            sent(Channel.EMAIL, "2026-01-13T18:00:00Z");
            sent(Channel.EMAIL, "2026-01-14T18:00:00Z");

            assertThat(check(Channel.EMAIL, "2026-01-15T14:00:00Z").earliestAllowedAt())
                    .isEqualTo(Instant.parse("2026-01-19T08:00:00Z"));
        }

        @Test
        void readsTheHoursFromConfiguration() {
            StatesProperties eightToEight = StatePacks.with("wa.contact-hours.start=08:00",
                    "wa.contact-hours.end=20:00");

            assertThat(check(eightToEight, Channel.EMAIL, "2026-01-15T04:30:00Z").blocked()).isTrue();
        }
    }

    @Test
    void appliesOnlyToWashingtonConsumersAndWhileSwitchedOn() {
        StatesProperties off = StatePacks.with("wa.enabled=false");

        assertThat(check(off, Channel.CALL, "2026-01-14T15:15:00Z").blocked()).isFalse();
        assertThat(new WashingtonRule(StatePacks.defaults(), ledger, new ComplianceMessages())
                .evaluate(Consumers.livingIn("OR", "97201", "America/Los_Angeles")
                        .proposing(Channel.CALL, Instant.parse("2026-01-14T15:15:00Z")))
                .blocked()).isFalse();
    }
}
