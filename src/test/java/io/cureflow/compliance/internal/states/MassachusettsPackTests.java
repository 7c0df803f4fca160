package io.cureflow.compliance.internal.states;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.RuleResult;
import io.cureflow.compliance.internal.caps.Consumers;
import io.cureflow.compliance.internal.caps.InMemoryLedgerWindow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static io.cureflow.compliance.internal.caps.Consumers.ACCOUNT;
import static io.cureflow.compliance.internal.caps.Consumers.BORROWER;
import static io.cureflow.compliance.internal.caps.Consumers.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

class MassachusettsPackTests {

    private static final String WORK_NUMBER = "+16175550999";

    private final InMemoryLedgerWindow ledger = new InMemoryLedgerWindow();
    private final Consumers bostonian = Consumers.livingIn("MA", "02108", "America/New_York");

    private RuleResult check(Consumers consumer, Channel channel, String contactPoint, String at) {
        return check(StatePacks.defaults(), consumer, channel, contactPoint, at);
    }

    private RuleResult check(StatesProperties properties, Consumers consumer, Channel channel, String contactPoint,
                             String at) {
        return new MassachusettsTelephoneRule(properties, ledger, new ComplianceMessages())
                .evaluate(consumer.proposing(channel, contactPoint, Instant.parse(at)));
    }

    private void to(String contactPoint, Channel channel, String outcome, String at) {
        ledger.add(BORROWER, ACCOUNT, channel, contactPoint, ContactDirection.OUTBOUND, outcome, Instant.parse(at));
    }

    @Nested
    class PersonalNumbers {

        @ParameterizedTest
        @EnumSource(value = Channel.class, names = {"SMS", "CALL", "VOICEMAIL"})
        void blocksTheThirdTelephoneCommunicationInSevenDaysWhateverItsMedium(Channel channel) {
            to(MOBILE, Channel.SMS, "DELIVERED", "2026-01-12T15:00:00Z");
            to(MOBILE, Channel.SMS, "DELIVERED", "2026-01-14T15:00:00Z");

            RuleResult third = check(bostonian, channel, MOBILE, "2026-01-15T15:00:00Z");

            assertThat(third.blocked()).isTrue();
            assertThat(third.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-19T05:00:00Z"));
            assertThat(third.message()).isEqualTo("Massachusetts limit reached for this debt: 2 telephone "
                    + "communications (calls, texts, recorded messages) to the consumer's own numbers in 7 days, "
                    + "limit 2.");
        }

        @Test
        void countsUnansweredCallsAndRecordedMessages() {
            to(MOBILE, Channel.CALL, "RING_NO_ANSWER", "2026-01-12T15:00:00Z");
            to(MOBILE, Channel.VOICEMAIL, "SENT", "2026-01-13T15:00:00Z");

            assertThat(check(bostonian, Channel.CALL, MOBILE, "2026-01-15T15:00:00Z").blocked()).isTrue();
        }

        @Test
        void doesNotCountBusyLinesOrEmails() {
            to(MOBILE, Channel.CALL, "BUSY", "2026-01-12T15:00:00Z");
            to(Consumers.EMAIL, Channel.EMAIL, "SENT", "2026-01-13T15:00:00Z");
            to(MOBILE, Channel.SMS, "SENT", "2026-01-13T16:00:00Z");

            assertThat(check(bostonian, Channel.SMS, MOBILE, "2026-01-15T15:00:00Z").blocked()).isFalse();
        }

        @Test
        void leavesEmailAlone() {
            to(MOBILE, Channel.SMS, "SENT", "2026-01-12T15:00:00Z");
            to(MOBILE, Channel.SMS, "SENT", "2026-01-13T15:00:00Z");

            assertThat(check(bostonian, Channel.EMAIL, Consumers.EMAIL, "2026-01-15T15:00:00Z").blocked()).isFalse();
        }

        @Test
        void countsEachDebtOnItsOwn() {
            ledger.add(BORROWER, 71L, Channel.SMS, MOBILE, ContactDirection.OUTBOUND, "SENT",
                    Instant.parse("2026-01-12T15:00:00Z"));
            ledger.add(BORROWER, 71L, Channel.SMS, MOBILE, ContactDirection.OUTBOUND, "SENT",
                    Instant.parse("2026-01-13T15:00:00Z"));

            assertThat(check(bostonian, Channel.SMS, MOBILE, "2026-01-15T15:00:00Z").blocked()).isFalse();
        }

        @Test
        void allowsAgainWhenTheSevenLocalDaysHavePassed() {
            to(MOBILE, Channel.SMS, "SENT", "2026-01-12T15:00:00Z");
            to(MOBILE, Channel.SMS, "SENT", "2026-01-14T15:00:00Z");

            assertThat(check(bostonian, Channel.SMS, MOBILE, "2026-01-19T05:00:00Z").blocked()).isFalse();
        }
    }

    @Nested
    class OtherNumbers {

        @Test
        void allowsTwoPerThirtyDaysToANumberNotOnTheConsumersRecord() {
            to(WORK_NUMBER, Channel.CALL, "ANSWERED_NO_CONVERSATION", "2026-01-02T15:00:00Z");
            to(WORK_NUMBER, Channel.CALL, "RING_NO_ANSWER", "2026-01-20T15:00:00Z");

            RuleResult third = check(bostonian, Channel.CALL, WORK_NUMBER, "2026-01-28T15:00:00Z");

            assertThat(third.blocked()).isTrue();
            assertThat(third.message()).contains("to numbers other than the consumer's own in 30 days");
            assertThat(third.earliestAllowedAt()).isEqualTo(Instant.parse("2026-02-01T05:00:00Z"));
        }

        @Test
        void countsSeparatelyFromThePersonalNumbers() {
            to(WORK_NUMBER, Channel.CALL, "RING_NO_ANSWER", "2026-01-12T15:00:00Z");
            to(WORK_NUMBER, Channel.CALL, "RING_NO_ANSWER", "2026-01-13T15:00:00Z");

            assertThat(check(bostonian, Channel.SMS, MOBILE, "2026-01-15T15:00:00Z").blocked()).isFalse();
        }
    }

    @Test
    void appliesOnlyToMassachusettsConsumersAndWhileSwitchedOn() {
        to(MOBILE, Channel.SMS, "SENT", "2026-01-12T15:00:00Z");
        to(MOBILE, Channel.SMS, "SENT", "2026-01-13T15:00:00Z");
        StatesProperties off = StatePacks.with("ma.enabled=false");

        assertThat(check(Consumers.livingIn("NH", "03301", "America/New_York"), Channel.SMS, MOBILE,
                "2026-01-15T15:00:00Z").blocked()).isFalse();
        assertThat(check(off, bostonian, Channel.SMS, MOBILE, "2026-01-15T15:00:00Z").blocked()).isFalse();
    }

    @Test
    void readsTheLimitsFromConfiguration() {
        to(MOBILE, Channel.SMS, "SENT", "2026-01-12T15:00:00Z");
        to(MOBILE, Channel.SMS, "SENT", "2026-01-13T15:00:00Z");
        StatesProperties three = StatePacks.with("ma.personal-numbers.max=3");

        assertThat(check(three, bostonian, Channel.SMS, MOBILE, "2026-01-15T15:00:00Z").blocked()).isFalse();
    }

    @Test
    void keepsNumbersOutOfTheDetail() {
        to(MOBILE, Channel.SMS, "SENT", "2026-01-12T15:00:00Z");

        RuleResult result = check(bostonian, Channel.SMS, MOBILE, "2026-01-15T15:00:00Z");

        assertThat(result.detail()).isEqualTo("debt 70; personal numbers 1/2 in 7 days; zones America/New_York");
    }
}
