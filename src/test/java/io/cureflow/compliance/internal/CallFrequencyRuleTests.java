package io.cureflow.compliance.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.AttemptOutcome;
import io.cureflow.compliance.AttemptRecord;
import io.cureflow.compliance.CallRecipient;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.RecordedAttempt;
import io.cureflow.compliance.RecordedAttempt.DebtAllocation;
import io.cureflow.compliance.internal.frequency.CallConsents;
import io.cureflow.compliance.internal.frequency.DebtAllocations;
import io.cureflow.compliance.internal.frequency.FrequencyProperties;
import io.cureflow.compliance.internal.frequency.MisdirectedNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/**
 * Reg F §1006.14(b) and its official interpretations, example by example, through the gate and the ledger. The
 * examples' weekdays fall on the same dates in 2026.
 */
class CallFrequencyRuleTests extends CallFrequencyFixture {

    @Nested
    class SevenCallsInSevenDays {

        @Test
        @DisplayName("comment 14(b)(2)(i)-1.i: seven calls Wednesday April 1 to Tuesday April 7 comply; the next may follow on Wednesday April 8")
        void comment14b2i1_i_sevenCallsInSevenDaysComplyAndTheNextWaitsForTheEighthDay() {
            dialAllowed(ny("2026-04-01T10:00"), AttemptOutcome.VOICEMAIL_LEFT);
            for (int day = 2; day <= 7; day++) {
                dialAllowed(ny("2026-04-0" + day + "T10:00"), AttemptOutcome.RING_NO_ANSWER);
            }

            ComplianceDecision eighth = propose(ny("2026-04-07T15:00"));

            assertThat(blockingRules(eighth)).containsExactly("RF-01");
            assertThat(eighth.nextAllowedAt()).isEqualTo(ny("2026-04-08T08:00"));
            assertThat(eighth.reasons().get(0).message()).contains("7 counted calls", "2026-04-08");
            assertThat(propose(ny("2026-04-08T10:00")).allowed()).isTrue();
        }

        @Test
        @DisplayName("comment 14(b)(2)(ii)-1.i: an eighth call within the seven days from April 1 is blocked")
        void comment14b2ii1_i_anEighthCallWithinSevenDaysIsBlocked() {
            dialAllowed(ny("2026-04-01T10:00"), AttemptOutcome.VOICEMAIL_LEFT);
            for (String day : List.of("02", "03", "06")) {
                dialAllowed(ny("2026-04-" + day + "T10:00"), AttemptOutcome.RING_NO_ANSWER);
                dialAllowed(ny("2026-04-" + day + "T16:00"), AttemptOutcome.RING_NO_ANSWER);
            }

            assertThat(blockingRules(propose(ny("2026-04-07T10:00")))).containsExactly("RF-01");
        }

        @Test
        @DisplayName("comment 14(b)(2)(i)-1.iii: each person has seven calls of their own")
        void comment14b2i1_iii_callsToAnotherPersonDoNotCountTowardThisOne() {
            for (int day = 6; day <= 12; day++) {
                dialAllowed(ny("2026-10-%02dT10:00".formatted(day)), AttemptOutcome.RING_NO_ANSWER);
            }
            CaseContact otherPerson = new CaseContact(99L, 990L, "ACC-990", OTHER_PERSON, "Sam", "Roe", "en", "NY", "10001",
                    null, List.of(), "Acme Bank", "CARD", BigDecimal.ONE, BigDecimal.ONE, "USD", 35);
            when(cases.contactOf(99L)).thenReturn(otherPerson);

            assertThat(propose(ny("2026-10-12T15:00")).allowed()).isFalse();
            assertThat(propose(99L, OFFICE, ny("2026-10-12T15:00")).allowed()).isTrue();
        }

        @Test
        @DisplayName("comment 14(b)(2)(i)-2.i: seven calls to one number on one day are stopped at the daily cap")
        void comment14b2i2_i_concentratedCallsToOneNumberStopAtTheDailyCap() {
            dialAllowed(ny("2026-04-01T10:00"), AttemptOutcome.VOICEMAIL_LEFT);
            dialAllowed(ny("2026-04-03T09:00"), AttemptOutcome.RING_NO_ANSWER);
            dialAllowed(ny("2026-04-03T11:00"), AttemptOutcome.RING_NO_ANSWER);
            dialAllowed(ny("2026-04-03T13:00"), AttemptOutcome.RING_NO_ANSWER);

            ComplianceDecision fourth = propose(ny("2026-04-03T15:00"));

            assertThat(blockingRules(fourth)).containsExactly("RF-07");
            assertThat(fourth.nextAllowedAt()).isEqualTo(ny("2026-04-04T08:00"));
            assertThat(propose(MEDICAL_CASE, MOBILE, ny("2026-04-03T15:00")).allowed()).isTrue();
        }

        @Test
        @DisplayName("comment 14(b)(2)(i)-2.i: two calls to one number within five minutes are rapid succession")
        void comment14b2i2_i_aSecondCallWithinFiveMinutesWaits() {
            dialAllowed(ny("2026-04-01T10:00"), AttemptOutcome.RING_NO_ANSWER);

            ComplianceDecision redial = propose(ny("2026-04-01T10:02"));

            assertThat(blockingRules(redial)).containsExactly("RF-07");
            assertThat(redial.nextAllowedAt()).isEqualTo(ny("2026-04-01T10:05"));
        }

        @Test
        @DisplayName("comment 14(b)(2)(i)-3.i: calls to a number that turns out to be someone else's are not calls to the person")
        void comment14b2i3_i_misdirectedCallsLeaveTheCount() {
            call(MEDICAL_CASE, MEDICAL, OFFICE, ny("2026-06-01T10:00"), AttemptOutcome.RING_NO_ANSWER);
            call(MEDICAL_CASE, MEDICAL, OFFICE, ny("2026-06-03T10:00"), AttemptOutcome.RING_NO_ANSWER);
            for (String at : List.of("04T10:00", "04T14:00", "05T10:00", "06T10:00", "07T10:00")) {
                call(MEDICAL_CASE, MEDICAL, HOME, ny("2026-06-" + at), AttemptOutcome.RING_NO_ANSWER);
            }
            assertThat(blockingRules(propose(ny("2026-06-07T15:00")))).containsExactly("RF-01");

            MisdirectedNumbers.Reclassified reclassified = misdirected.record(BORROWER, OFFICE,
                    ny("2026-06-04T09:00"), "manager");

            assertThat(reclassified.attemptsExcluded()).isEqualTo(2);
            assertThat(propose(ny("2026-06-07T15:00")).allowed()).isTrue();
            assertThat(ledger.attemptsOfCase(MEDICAL_CASE)).hasSize(7);
        }
    }

    @Nested
    class ConversationPeriod {

        @Test
        @DisplayName("comment 14(b)(2)(i)-1.ii: the consumer's call on Thursday August 13 means no call before Thursday August 20")
        void comment14b2i1_ii_inboundConversationOnThursdayBlocksUntilNextThursday() {
            RecordedAttempt inbound = ledger.record(new AttemptRecord(MEDICAL_CASE, BORROWER, List.of(MEDICAL),
                    Channel.CALL, ContactDirection.INBOUND, HOME, AttemptOutcome.CONVERSATION, null, null,
                    ny("2026-08-13T11:00"), List.of()));
            assertThat(inbound.allocations()).containsExactly(new DebtAllocation(MEDICAL, false, true));

            ComplianceDecision sameDay = propose(ny("2026-08-13T17:00"));
            assertThat(blockingRules(sameDay)).containsExactly("RF-02");
            assertThat(sameDay.nextAllowedAt()).isEqualTo(ny("2026-08-20T08:00"));
            assertThat(propose(ny("2026-08-19T20:00")).allowed()).isFalse();
            assertThat(propose(ny("2026-08-20T08:00")).allowed()).isTrue();
        }

        @Test
        @DisplayName("comment 14(b)(2)(ii)-1.ii: after a conversation on Friday August 14, a call before Friday August 21 is blocked")
        void comment14b2ii1_ii_conversationOnFridayBlocksUntilTheNextFriday() {
            dialAllowed(ny("2026-08-11T10:00"), AttemptOutcome.RING_NO_ANSWER);
            dialAllowed(ny("2026-08-14T10:00"), AttemptOutcome.CONVERSATION);

            assertThat(blockingRules(propose(ny("2026-08-20T12:00")))).containsExactly("RF-02");
            assertThat(propose(ny("2026-08-21T09:00")).allowed()).isTrue();
        }

        @Test
        @DisplayName("comment 14(b)(2)(i)-1 and catalogue E14: the conversation's date is the latest date over every candidate zone")
        void conversationNearMidnightCountsInEveryCandidateZone() {
            livesIn("FL", "33101", "+13125550123");
            // 23:30 in Chicago on August 13 is already August 14 in Miami.
            Instant lateEvening = LocalDateTime.parse("2026-08-13T23:30").atZone(CHICAGO).toInstant();
            call(MEDICAL_CASE, MEDICAL, "+13125550123", lateEvening, AttemptOutcome.CONVERSATION);

            ComplianceDecision next = propose(MEDICAL_CASE, "+13125550123", ny("2026-08-20T12:00"));

            assertThat(blockingRules(next)).containsExactly("RF-02");
            assertThat(next.nextAllowedAt()).isEqualTo(LocalDateTime.parse("2026-08-21T08:00").atZone(CHICAGO)
                    .toInstant());
        }
    }

    @Nested
    class WhatCounts {

        @Test
        @DisplayName("comment 14(b)-1: a ringless voicemail is a call; texts and emails are not")
        void comment14b_1_ringlessVoicemailsCountTextsDoNot() {
            for (int day = 1; day <= 7; day++) {
                Instant at = ny("2026-04-0" + day + "T10:00");
                ledger.record(MEDICAL_CASE, Channel.SMS, HOME, "SENT", null, at.minusSeconds(3600));
                ledger.record(new AttemptRecord(MEDICAL_CASE, BORROWER, List.of(MEDICAL), Channel.VOICEMAIL,
                        ContactDirection.OUTBOUND, HOME, AttemptOutcome.DELIVERED, null, null, at, List.of()));
            }

            assertThat(blockingRules(propose(ny("2026-04-07T15:00")))).containsExactly("RF-01");
            assertThat(gate.evaluate(new ContactProposal(MEDICAL_CASE, Channel.SMS, HOME, ny("2026-04-07T15:00")))
                    .allowed()).isTrue();
        }

        @Test
        @DisplayName("comment 14(b)(3)(ii)-1: busy and not-in-service calls do not count; rang, answered and voicemail reached do")
        void comment14b3ii_1_unconnectedCallsDoNotCount() {
            List<AttemptOutcome> outcomes = List.of(AttemptOutcome.BUSY, AttemptOutcome.NOT_IN_SERVICE,
                    AttemptOutcome.RING_NO_ANSWER, AttemptOutcome.ANSWERED_NO_CONVERSATION,
                    AttemptOutcome.VOICEMAIL_NO_MESSAGE, AttemptOutcome.VOICEMAIL_LEFT, AttemptOutcome.BUSY,
                    AttemptOutcome.RING_NO_ANSWER);
            List<Boolean> counted = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                counted.add(call(ny("2026-04-0" + (1 + i % 7) + "T%02d:00".formatted(9 + i / 7)), outcomes.get(i))
                        .allocations().get(0).countsAsCall());
            }

            assertThat(counted).containsExactly(false, false, true, true, true, true, false, true);
            assertThat(propose(ny("2026-04-07T15:00")).allowed()).isTrue();
        }

        @Test
        @DisplayName("§1006.14(b)(3)(iii): calls to the consumer's attorney, the creditor and the others named are excluded")
        void comment14b3iii_callsToExcludedPersonsDoNotCount() {
            List<CallRecipient> excluded = List.of(CallRecipient.CONSUMER_ATTORNEY, CallRecipient.CREDITOR,
                    CallRecipient.CREDITOR_ATTORNEY, CallRecipient.COLLECTOR_ATTORNEY,
                    CallRecipient.CONSUMER_REPORTING_AGENCY, CallRecipient.CONSUMER_ATTORNEY,
                    CallRecipient.CREDITOR, CallRecipient.CONSUMER_ATTORNEY);
            for (int i = 0; i < excluded.size(); i++) {
                RecordedAttempt attempt = ledger.record(new AttemptRecord(MEDICAL_CASE, BORROWER, List.of(MEDICAL),
                        Channel.CALL, ContactDirection.OUTBOUND, "+12125550199", AttemptOutcome.CONVERSATION,
                        excluded.get(i), null, ny("2026-04-0" + (1 + i % 7) + "T10:00"), List.of()));
                assertThat(attempt.allocations()).containsExactly(new DebtAllocation(MEDICAL, false, false));
            }

            assertThat(propose(ny("2026-04-07T15:00")).allowed()).isTrue();
        }

        @Test
        void journeyCallsRecordedAsSentCountAndBlockedOnesDoNot() {
            when(cases.findCase(MEDICAL_CASE)).thenReturn(java.util.Optional.of(new io.cureflow.account.CaseView(
                    MEDICAL_CASE, MEDICAL, "ACC-910", BORROWER, "Pat Doe", "Acme Bank", "CARD", null, null, "USD",
                    null, 35, null, null, null, null, null)));
            for (int day = 1; day <= 7; day++) {
                ledger.record(MEDICAL_CASE, Channel.CALL, HOME, "BLOCKED", null, ny("2026-04-0" + day + "T09:00"));
                ledger.record(MEDICAL_CASE, Channel.CALL, HOME, "SENT", null, ny("2026-04-0" + day + "T10:00"));
            }

            assertThat(blockingRules(propose(ny("2026-04-07T15:00")))).containsExactly("RF-01");
        }
    }

    @Nested
    class PriorConsent {

        @Test
        @DisplayName("comment 14(b)(3)(i)-3.i: \"call back on Monday\" during Friday's conversation allows Monday's call")
        void comment14b3i3_i_consentGivenInTheConversationAllowsTheCallBack() {
            dialAllowed(ny("2026-04-03T10:00"), AttemptOutcome.CONVERSATION);
            consents.record(BORROWER, MEDICAL, ny("2026-04-03T10:05"), null, "agent");

            assertThat(propose(ny("2026-04-06T10:00")).allowed()).isTrue();
        }

        @Test
        @DisplayName("comment 14(b)(3)(i)-3.ii: the conversation on the call back ends the consent; Wednesday's call is presumed a violation")
        void comment14b3i3_ii_aConversationEndsTheConsent() {
            dialAllowed(ny("2026-04-03T10:00"), AttemptOutcome.CONVERSATION);
            consents.record(BORROWER, MEDICAL, ny("2026-04-03T10:05"), null, "agent");
            dialAllowed(ny("2026-04-06T10:00"), AttemptOutcome.CONVERSATION);

            ComplianceDecision wednesday = propose(ny("2026-04-08T10:00"));

            assertThat(blockingRules(wednesday)).containsExactly("RF-02");
            assertThat(wednesday.nextAllowedAt()).isEqualTo(ny("2026-04-13T08:00"));
        }

        @Test
        @DisplayName("comment 14(b)(3)(i)-3.iii: eight calls June 8 to 10 under consent received June 4 do not count; calls from June 11 do")
        void comment14b3i3_iii_callsWithinSevenDaysOfConsentAreExcluded() {
            for (String day : List.of("01", "02", "03")) {
                dialAllowed(ny("2026-06-" + day + "T10:00"), AttemptOutcome.RING_NO_ANSWER);
            }
            consents.record(BORROWER, MEDICAL, ny("2026-06-04T09:00"), null, "agent");
            List<String> numbers = List.of(HOME, MOBILE, OFFICE);
            int placed = 0;
            for (String day : List.of("08", "09", "10")) {
                for (int i = 0; i < (day.equals("10") ? 2 : 3); i++) {
                    Instant at = ny("2026-06-" + day + "T1" + i + ":00");
                    ComplianceDecision decision = propose(MEDICAL_CASE, numbers.get(i), at);
                    assertThat(decision.allowed()).as("call %d", placed + 1).isTrue();
                    call(MEDICAL_CASE, MEDICAL, numbers.get(i), at, AttemptOutcome.RING_NO_ANSWER);
                    placed++;
                }
            }
            assertThat(placed).isEqualTo(8);

            // From June 11 on, calls count again: seven more in seven days are fine, the eighth is not.
            for (int day = 11; day <= 17; day++) {
                dialAllowed(ny("2026-06-" + day + "T10:00"), AttemptOutcome.RING_NO_ANSWER);
            }
            assertThat(blockingRules(propose(ny("2026-06-17T15:00")))).containsExactly("RF-01");
        }

        @Test
        @DisplayName("comment 14(b)(3)(i)-2: consent ends with a shorter agreed period or on revocation")
        void comment14b3i2_consentEndsEarlyWhenShorterOrRevoked() {
            dialAllowed(ny("2026-04-03T10:00"), AttemptOutcome.CONVERSATION);
            consents.record(BORROWER, MEDICAL, ny("2026-04-03T10:05"), 2, "agent");
            assertThat(propose(ny("2026-04-04T10:00")).allowed()).isTrue();
            assertThat(blockingRules(propose(ny("2026-04-05T10:00")))).containsExactly("RF-02");

            long revoked = consents.record(BORROWER, CARD_A, ny("2026-04-03T10:06"), null, "agent");
            call(CARD_A_CASE, CARD_A, MOBILE, ny("2026-04-03T10:00"), AttemptOutcome.CONVERSATION);
            assertThat(propose(CARD_A_CASE, MOBILE, ny("2026-04-06T10:00")).allowed()).isTrue();
            consents.revoke(revoked, ny("2026-04-06T12:00"));
            assertThat(blockingRules(propose(CARD_A_CASE, MOBILE, ny("2026-04-06T13:00")))).containsExactly("RF-02");
        }
    }

    @Nested
    class ParticularDebt {

        @Test
        @DisplayName("comment 14(b)(4)-2.i: 21 unanswered calls in seven days, seven toward each of three debts, comply")
        void comment14b4_2_i_eachDebtHasItsOwnSevenCalls() {
            for (int day = 1; day <= 7; day++) {
                Instant at = ny("2026-04-0" + day + "T10:00");
                assertThat(propose(MEDICAL_CASE, HOME, at).allowed()).isTrue();
                call(MEDICAL_CASE, MEDICAL, HOME, at, AttemptOutcome.RING_NO_ANSWER);
                assertThat(propose(CARD_A_CASE, MOBILE, at.plusSeconds(3600)).allowed()).isTrue();
                call(CARD_A_CASE, CARD_A, MOBILE, at.plusSeconds(3600), AttemptOutcome.RING_NO_ANSWER);
                assertThat(propose(CARD_B_CASE, OFFICE, at.plusSeconds(7200)).allowed()).isTrue();
                call(CARD_B_CASE, CARD_B, OFFICE, at.plusSeconds(7200), AttemptOutcome.RING_NO_ANSWER);
            }

            assertThat(blockingRules(propose(CARD_B_CASE, OFFICE, ny("2026-04-07T16:00")))).containsExactly("RF-01");
        }

        @Test
        @DisplayName("comment 14(b)(4)-2.ii: a limited-content voicemail counts toward the one debt chosen at dial time")
        void comment14b4_2_ii_limitedContentMessageCountsTowardTheChosenDebt() {
            for (int day = 1; day <= 7; day++) {
                call(ny("2026-04-0" + day + "T10:00"), AttemptOutcome.VOICEMAIL_LEFT);
            }

            assertThat(propose(MEDICAL_CASE, HOME, ny("2026-04-07T15:00")).allowed()).isFalse();
            assertThat(propose(CARD_A_CASE, MOBILE, ny("2026-04-07T15:00")).allowed()).isTrue();
        }

        @Test
        @DisplayName("comment 14(b)(4)-2.iii and .iv: a conversation counts toward the debts discussed, and only those")
        void comment14b4_2_iii_iv_conversationCountsTowardTheDebtsDiscussed() {
            call(MEDICAL_CASE, MEDICAL, HOME, ny("2026-11-09T10:00"), AttemptOutcome.CONVERSATION);
            assertThat(blockingRules(propose(MEDICAL_CASE, HOME, ny("2026-11-10T10:00")))).containsExactly("RF-02");
            assertThat(propose(CARD_A_CASE, MOBILE, ny("2026-11-10T10:00")).allowed()).isTrue();

            RecordedAttempt both = ledger.record(new AttemptRecord(CARD_A_CASE, BORROWER, List.of(CARD_A, CARD_B),
                    Channel.CALL, ContactDirection.OUTBOUND, MOBILE, AttemptOutcome.CONVERSATION, null, null,
                    ny("2026-11-10T11:00"), List.of()));
            assertThat(both.allocations()).containsExactly(new DebtAllocation(CARD_A, true, true),
                    new DebtAllocation(CARD_B, true, true));
            assertThat(propose(CARD_B_CASE, OFFICE, ny("2026-11-12T10:00")).allowed()).isFalse();
        }

        @Test
        @DisplayName("comment 14(b)(4)-2.v: a general conversation counts toward the one debt chosen")
        void comment14b4_2_v_generalConversationCountsTowardTheChosenDebt() {
            for (String at : List.of("09T10:00", "10T10:00")) {
                call(MEDICAL_CASE, MEDICAL, HOME, ny("2026-11-" + at), AttemptOutcome.RING_NO_ANSWER);
            }
            for (String at : List.of("09T11:00", "09T15:00", "10T11:00", "11T11:00")) {
                call(CARD_A_CASE, CARD_A, MOBILE, ny("2026-11-" + at), AttemptOutcome.RING_NO_ANSWER);
            }
            call(MEDICAL_CASE, MEDICAL, HOME, ny("2026-11-12T10:00"), AttemptOutcome.CONVERSATION);

            assertThat(blockingRules(propose(MEDICAL_CASE, HOME, ny("2026-11-13T10:00")))).containsExactly("RF-02");
            assertThat(propose(CARD_A_CASE, MOBILE, ny("2026-11-13T10:00")).allowed()).isTrue();
        }

        @Test
        @DisplayName("comment 14(b)(4)-2.vi: a debt the consumer raises gets the conversation but not the call")
        void comment14b4_2_vi_debtRaisedByTheConsumerStartsItsConversationPeriod() {
            RecordedAttempt attempt = ledger.record(new AttemptRecord(MEDICAL_CASE, BORROWER, List.of(MEDICAL),
                    Channel.CALL, ContactDirection.OUTBOUND, HOME, AttemptOutcome.CONVERSATION, null, null,
                    ny("2026-11-09T10:00"), List.of(CARD_A)));

            assertThat(attempt.allocations()).containsExactly(new DebtAllocation(MEDICAL, true, true),
                    new DebtAllocation(CARD_A, false, true));
            assertThat(blockingRules(propose(CARD_A_CASE, MOBILE, ny("2026-11-12T10:00")))).containsExactly("RF-02");
            assertThat(propose(CARD_B_CASE, OFFICE, ny("2026-11-12T10:00")).allowed()).isTrue();
        }
    }

    @Nested
    class CalendarDays {

        @Test
        void daylightSavingEndDoesNotStretchOrShrinkTheSevenDays() {
            // Daylight saving time ends on Sunday November 1, 2026 in New York: that day has 25 hours.
            for (String day : List.of("10-29", "10-30", "10-31", "11-01", "11-02", "11-03", "11-04")) {
                dialAllowed(ny("2026-" + day + "T20:30"), AttemptOutcome.RING_NO_ANSWER);
            }

            ComplianceDecision next = propose(ny("2026-11-04T20:40"));

            assertThat(blockingRules(next)).contains("RF-01");
            assertThat(next.nextAllowedAt()).isEqualTo(ny("2026-11-05T08:00"));
            assertThat(propose(ny("2026-11-05T08:00")).allowed()).isTrue();
        }
    }
}
