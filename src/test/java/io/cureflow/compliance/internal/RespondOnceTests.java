package io.cureflow.compliance.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision.Verdict;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.ContactProposal.Initiator;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.compliance.internal.ComplianceEvaluator.Evaluation;
import io.cureflow.compliance.internal.ComplianceEvaluator.RuleOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one response Reg F allows to a contact the consumer started where CureFlow could not otherwise contact them,
 * judged by every rule the application wires: a Chicago consumer, in memory.
 */
class RespondOnceTests {

    static final long CASE = 7L;
    static final long ACCOUNT = 70L;
    static final long BORROWER = 700L;
    static final String MOBILE = "+13125550123";
    static final String LANDLINE = "+13125550199";
    static final String EMAIL = "pat@example.com";
    /** The restrictions were recorded on Monday 5 January 2026, before any of the consumer's contacts below. */
    static final Instant RECORDED = Instant.parse("2026-01-05T15:00:00Z");
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    final InMemoryLedger ledger = new InMemoryLedger();
    final List<ContactRestriction> restrictions = new ArrayList<>();
    final ComplianceEvaluator gate = ApplicationRuleSet.fromApplicationYml().evaluator(ledger, () -> restrictions);
    final ConsumerLocator locator = ApplicationRuleSet.fromApplicationYml().locator();

    static CaseContact consumer() {
        return new CaseContact(CASE, ACCOUNT, "ACC-70", BORROWER, "Pat", "Doe", "en", "IL", "60601", null, List.of(
                new ContactPointView(1, ContactPointView.Kind.PHONE, MOBILE, "MOBILE", true, false),
                new ContactPointView(2, ContactPointView.Kind.PHONE, LANDLINE, "LANDLINE", true, false),
                new ContactPointView(3, ContactPointView.Kind.EMAIL, EMAIL, null, true, false)),
                "Acme Bank", "CARD", new BigDecimal("1200.00"), new BigDecimal("150.00"), "USD", 35);
    }

    void restrict(RestrictionKind kind, Channel channel, String point, String from, String until,
                  Set<DayOfWeek> days, Instant recordedAt) {
        restrictions.add(new ContactRestriction(restrictions.size() + 1L, kind, BORROWER,
                kind.everyDebt() ? null : ACCOUNT, channel, point, from == null ? null : LocalTime.parse(from),
                until == null ? null : LocalTime.parse(until), days, null, RestrictionSource.AGENT, "agent",
                recordedAt, null, null, null, null));
    }

    void restrict(RestrictionKind kind, Channel channel, String point) {
        restrict(kind, channel, point, null, null, Set.of(), RECORDED);
    }

    long consumerContacts(Channel channel, String point, String at) {
        // a call the consumer made and left a message on: no conversation, so the 7 days of RF-02 do not start
        String outcome = channel == Channel.CALL ? "VOICEMAIL_LEFT" : "RECEIVED";
        return ledger.record(CASE, BORROWER, ACCOUNT, channel, point, ContactDirection.INBOUND, outcome,
                Instant.parse(at));
    }

    void sent(Channel channel, String point, String at) {
        ledger.record(CASE, BORROWER, ACCOUNT, channel, point, ContactDirection.OUTBOUND,
                channel == Channel.CALL ? "CONVERSATION" : "SENT", Instant.parse(at));
    }

    Evaluation propose(Channel channel, String point, String at, Initiator initiator, Long inResponseTo) {
        ContactProposal proposal = new ContactProposal(CASE, channel, point, Instant.parse(at), initiator,
                inResponseTo);
        CaseContact contact = consumer();
        return gate.evaluate(new ContactContext(proposal, contact, locator.locate(contact, proposal),
                Instant.parse(at)));
    }

    Evaluation reply(Channel channel, String point, String at, long inResponseTo) {
        return propose(channel, point, at, Initiator.AGENT, inResponseTo);
    }

    static List<String> blockingRules(Evaluation evaluation) {
        return evaluation.outcomes().stream().filter(outcome -> outcome.result().blocked())
                .map(RuleOutcome::ruleId).toList();
    }

    static String detailOf(Evaluation evaluation, String ruleId) {
        return evaluation.outcomes().stream().filter(outcome -> outcome.ruleId().equals(ruleId)).findFirst()
                .orElseThrow().result().detail();
    }

    @Nested
    @DisplayName("comment 6(b)(1)-2: a consumer who contacts CureFlow at a designated time or from a designated place")
    class DesignatedTimesAndPlaces {

        void weekdaysThreeToFiveAndWeekends() {
            restrict(RestrictionKind.INCONVENIENT_TIME, null, null, "15:00", "17:00", WEEKDAYS, RECORDED);
            restrict(RestrictionKind.INCONVENIENT_TIME, null, null, null, null,
                    EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), RECORDED);
        }

        @Test
        @DisplayName("comment 6(b)(1)-2.i: an email at 3:30 pm on Wednesday gets one email reply before 5 pm")
        void comment6b1_2i_oneEmailReplyBeforeFive() {
            weekdaysThreeToFiveAndWeekends();
            long email = consumerContacts(Channel.EMAIL, EMAIL, "2026-01-14T21:30:00Z");

            Evaluation reply = reply(Channel.EMAIL, EMAIL, "2026-01-14T21:40:00Z", email);

            assertThat(reply.verdict()).isEqualTo(Verdict.ALLOW);
            assertThat(detailOf(reply, "RF-15")).contains("one response to the consumer's contact " + email)
                    .contains("6(b)(1)-2");
        }

        @Test
        @DisplayName("comment 6(b)(1)-2.i: after that reply the designated time is closed again, to that email too")
        void comment6b1_2i_secondReplyIsBlocked() {
            weekdaysThreeToFiveAndWeekends();
            long email = consumerContacts(Channel.EMAIL, EMAIL, "2026-01-14T21:30:00Z");
            sent(Channel.EMAIL, EMAIL, "2026-01-14T21:40:00Z");

            Evaluation second = reply(Channel.EMAIL, EMAIL, "2026-01-14T22:00:00Z", email);

            assertThat(blockingRules(second)).contains("RF-15");
            assertThat(second.outcomes().stream().filter(outcome -> outcome.ruleId().equals("RF-15")).findFirst()
                    .orElseThrow().result().earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-14T23:00:00Z"));
        }

        @Test
        @DisplayName("comment 6(b)(1)-2.i: the reply goes through the consumer's medium only, not by text or call")
        void comment6b1_2i_replyByAnotherMediumIsBlocked() {
            weekdaysThreeToFiveAndWeekends();
            long email = consumerContacts(Channel.EMAIL, EMAIL, "2026-01-14T21:30:00Z");

            assertThat(blockingRules(reply(Channel.SMS, MOBILE, "2026-01-14T21:40:00Z", email))).contains("RF-15");
            assertThat(blockingRules(reply(Channel.CALL, MOBILE, "2026-01-14T21:40:00Z", email))).contains("RF-15");
        }

        @Test
        @DisplayName("comment 6(b)(1)-2.i: 'at that time' ends at 5 pm; on Thursday at 3:30 pm the reply is blocked")
        void comment6b1_2i_replyTheNextDayInTheWindowIsBlocked() {
            weekdaysThreeToFiveAndWeekends();
            long email = consumerContacts(Channel.EMAIL, EMAIL, "2026-01-14T21:30:00Z");

            assertThat(blockingRules(reply(Channel.EMAIL, EMAIL, "2026-01-15T21:30:00Z", email))).contains("RF-15");
            assertThat(reply(Channel.EMAIL, EMAIL, "2026-01-14T23:30:00Z", email).verdict())
                    .as("after 5 pm no exception is needed").isEqualTo(Verdict.ALLOW);
        }

        @Test
        @DisplayName("comment 6(b)(1)-2.i: each further email the consumer sends before 5 pm may get its own reply")
        void comment6b1_2i_eachConsumerEmailGetsItsOwnReply() {
            weekdaysThreeToFiveAndWeekends();
            consumerContacts(Channel.EMAIL, EMAIL, "2026-01-14T21:30:00Z");
            sent(Channel.EMAIL, EMAIL, "2026-01-14T21:40:00Z");
            long again = consumerContacts(Channel.EMAIL, EMAIL, "2026-01-14T22:00:00Z");

            Evaluation reply = reply(Channel.EMAIL, EMAIL, "2026-01-14T22:05:00Z", again);

            // RF-15 lets it through; CureFlow's own policy of one email a day (RF-08) still holds it back
            assertThat(blockingRules(reply)).containsExactly("RF-08");
        }

        @Test
        @DisplayName("comment 6(b)(1)-2: a proposal that answers nothing gets no exception")
        void comment6b1_2_aContactCureFlowStartsIsBlocked() {
            weekdaysThreeToFiveAndWeekends();
            consumerContacts(Channel.EMAIL, EMAIL, "2026-01-14T21:30:00Z");

            assertThat(blockingRules(propose(Channel.EMAIL, EMAIL, "2026-01-14T21:40:00Z", Initiator.AGENT, null)))
                    .contains("RF-15");
        }

        @Test
        @DisplayName("comment 6(b)(1)-2: a contact made at a convenient time is no reason to contact at a designated one")
        void comment6b1_2_consumerContactOutsideTheDesignatedTimeAllowsNothingInIt() {
            weekdaysThreeToFiveAndWeekends();
            long email = consumerContacts(Channel.EMAIL, EMAIL, "2026-01-14T19:00:00Z");

            assertThat(blockingRules(reply(Channel.EMAIL, EMAIL, "2026-01-14T21:10:00Z", email))).contains("RF-15");
        }

        @Test
        @DisplayName("comment 6(b)(1)-2.ii: a call from the home landline after 'not at home' may be answered there once")
        void comment6b1_2ii_callFromHomeGetsOneResponseOnTheLandline() {
            restrict(RestrictionKind.INCONVENIENT_PLACE, null, null);
            long call = consumerContacts(Channel.CALL, LANDLINE, "2026-01-14T16:00:00Z");

            Evaluation response = reply(Channel.CALL, LANDLINE, "2026-01-14T16:10:00Z", call);

            assertThat(response.verdict()).isEqualTo(Verdict.ALLOW);
            assertThat(detailOf(response, "RF-16")).contains("6(b)(1)-2.ii");
            sent(Channel.CALL, LANDLINE, "2026-01-14T16:10:00Z");
            assertThat(blockingRules(reply(Channel.CALL, LANDLINE, "2026-01-14T18:00:00Z", call)))
                    .as("after the response, home is closed again").contains("RF-16");
        }

        @Test
        @DisplayName("comment 6(b)(1)-2.ii: without the consumer's call the home landline stays closed")
        void comment6b1_2ii_homeStaysClosedOtherwise() {
            restrict(RestrictionKind.INCONVENIENT_PLACE, null, null);
            long fromMobile = consumerContacts(Channel.CALL, MOBILE, "2026-01-14T16:00:00Z");

            assertThat(blockingRules(propose(Channel.CALL, LANDLINE, "2026-01-14T16:10:00Z", Initiator.AGENT, null)))
                    .contains("RF-16");
            assertThat(blockingRules(reply(Channel.CALL, LANDLINE, "2026-01-14T16:10:00Z", fromMobile)))
                    .as("the consumer called from the mobile, not from home").contains("RF-16");
        }

        @Test
        @DisplayName("comment 6(b)(1)-2.iv: an email at 8:30 pm on a designated Friday gets one automated reply")
        void comment6b1_2iv_automatedReplyToAFridayEmail() {
            restrict(RestrictionKind.INCONVENIENT_TIME, null, null, null, null, EnumSet.of(DayOfWeek.FRIDAY),
                    RECORDED);
            long email = consumerContacts(Channel.EMAIL, EMAIL, "2026-01-17T02:30:00Z");

            assertThat(propose(Channel.EMAIL, EMAIL, "2026-01-17T02:31:00Z", Initiator.AUTOMATED, email).verdict())
                    .isEqualTo(Verdict.ALLOW);
            // the designated Friday allows the reply; the 21:00 end of the convenient hours still holds (RF-12)
            assertThat(blockingRules(propose(Channel.EMAIL, EMAIL, "2026-01-17T03:05:00Z", Initiator.AUTOMATED,
                    email))).containsExactly("RF-12");
        }
    }

    @Nested
    @DisplayName("comment 6(b)(2)-1: a consumer represented by an attorney contacts CureFlow")
    class AttorneyRepresentation {

        @Test
        @DisplayName("comment 6(b)(2)-1: the consumer's email is consent to that communication: one reply may follow")
        void comment6b2_1_oneReply() {
            restrict(RestrictionKind.ATTORNEY, null, null);
            long email = consumerContacts(Channel.EMAIL, EMAIL, "2026-01-14T16:00:00Z");

            Evaluation reply = reply(Channel.EMAIL, EMAIL, "2026-01-14T16:30:00Z", email);

            assertThat(reply.verdict()).isEqualTo(Verdict.ALLOW);
            assertThat(detailOf(reply, "RF-17")).contains("6(b)(2)-1");
        }

        @Test
        @DisplayName("comment 6(b)(2)-1: after the response, no further communication in any medium")
        void comment6b2_1_nothingFurtherAfterTheResponse() {
            restrict(RestrictionKind.ATTORNEY, null, null);
            long email = consumerContacts(Channel.EMAIL, EMAIL, "2026-01-14T16:00:00Z");
            sent(Channel.EMAIL, EMAIL, "2026-01-14T16:30:00Z");

            Evaluation call = reply(Channel.CALL, MOBILE, "2026-01-15T16:00:00Z", email);

            assertThat(blockingRules(call)).contains("RF-17");
            assertThat(call.stopsAutomation()).isTrue();
        }

        @Test
        @DisplayName("comment 6(b)(2)-1: the representation stays known: contacts that answer nothing are blocked")
        void comment6b2_1_representationStays() {
            restrict(RestrictionKind.ATTORNEY, null, null);
            consumerContacts(Channel.EMAIL, EMAIL, "2026-01-14T16:00:00Z");

            assertThat(blockingRules(propose(Channel.EMAIL, EMAIL, "2026-01-14T16:30:00Z", Initiator.AGENT, null)))
                    .contains("RF-17");
        }

        @Test
        @DisplayName("comment 6(b)(2)-1: a contact from before the representation was known is no consent to answer")
        void comment6b2_1_contactBeforeTheRepresentationAllowsNothing() {
            long email = consumerContacts(Channel.EMAIL, EMAIL, "2026-01-14T16:00:00Z");
            restrict(RestrictionKind.ATTORNEY, null, null, null, null, Set.of(), Instant.parse("2026-01-14T16:10:00Z"));

            assertThat(blockingRules(reply(Channel.EMAIL, EMAIL, "2026-01-14T16:30:00Z", email))).contains("RF-17");
        }
    }

    @Nested
    @DisplayName("12 CFR 1006.14(h)(2)(ii) (RF-10 (ii)): a person who contacts CureFlow through a closed medium")
    class ClosedMedium {

        @Test
        @DisplayName("§1006.14(h)(2)(ii): a text from a number opted out of texts gets one text back to it")
        void rf10ii_oneTextBackToTheOptedOutNumber() {
            restrict(RestrictionKind.OPT_OUT, Channel.SMS, MOBILE);
            long text = consumerContacts(Channel.SMS, MOBILE, "2026-01-14T16:00:00Z");

            Evaluation reply = reply(Channel.SMS, MOBILE, "2026-01-14T16:05:00Z", text);

            assertThat(reply.verdict()).isEqualTo(Verdict.ALLOW);
            assertThat(detailOf(reply, "RF-09")).contains("1006.14(h)(2)(ii)");
            sent(Channel.SMS, MOBILE, "2026-01-14T16:05:00Z");
            assertThat(blockingRules(reply(Channel.SMS, MOBILE, "2026-01-15T16:05:00Z", text)))
                    .as("once").contains("RF-09");
        }

        @Test
        @DisplayName("§1006.14(h)(2)(ii): 'stop calling', then the consumer calls in: one call back, and calls close again")
        void rf10ii_oneCallBackAfterStopCalling() {
            restrict(RestrictionKind.OPT_OUT, Channel.CALL, null);
            long call = consumerContacts(Channel.CALL, MOBILE, "2026-01-14T16:00:00Z");

            assertThat(blockingRules(reply(Channel.CALL, MOBILE, "2026-01-14T16:05:00Z", call)))
                    .doesNotContain("RF-09");
            assertThat(blockingRules(reply(Channel.SMS, MOBILE, "2026-01-14T16:05:00Z", call)))
                    .as("a text is not the medium the consumer used; texts are open anyway").doesNotContain("RF-09");
            assertThat(blockingRules(reply(Channel.CALL, LANDLINE, "2026-01-14T16:05:00Z", call)))
                    .as("the medium the consumer used is that number").contains("RF-09");
        }

        @Test
        @DisplayName("§1006.14(h)(2)(i), not (ii): the STOP that closed the number is no contact to answer")
        void rf10ii_theOptOutItselfIsNoContactToAnswer() {
            long stop = consumerContacts(Channel.SMS, MOBILE, "2026-01-14T16:00:00Z");
            restrict(RestrictionKind.OPT_OUT, Channel.SMS, MOBILE, null, null, Set.of(),
                    Instant.parse("2026-01-14T16:00:00Z"));

            assertThat(blockingRules(reply(Channel.SMS, MOBILE, "2026-01-14T16:01:00Z", stop))).contains("RF-09");
        }

        @Test
        @DisplayName("§1006.14(h)(2)(ii): an automated reply still needs TCPA consent that was not revoked")
        void rf10ii_theTcpaRevocationStillHolds() {
            restrict(RestrictionKind.OPT_OUT, Channel.SMS, MOBILE);
            restrict(RestrictionKind.CONSENT_REVOKED, null, MOBILE);
            long text = consumerContacts(Channel.SMS, MOBILE, "2026-01-14T16:00:00Z");

            assertThat(blockingRules(propose(Channel.SMS, MOBILE, "2026-01-14T16:05:00Z", Initiator.AUTOMATED, text)))
                    .containsExactly("TC-03");
        }
    }

    @Nested
    @DisplayName("what a response does not change")
    class NoMore {

        @Test
        @DisplayName("12 CFR 1006.6(c): a cease request has no respond-once exception")
        void ceaseStands() {
            restrict(RestrictionKind.CEASE, null, null);
            long email = consumerContacts(Channel.EMAIL, EMAIL, "2026-01-14T16:00:00Z");

            assertThat(blockingRules(reply(Channel.EMAIL, EMAIL, "2026-01-14T16:30:00Z", email))).contains("RF-20");
        }

        @Test
        @DisplayName("a reference to CureFlow's own outbound attempt, or to another borrower's contact, is no exception")
        void onlyTheConsumersOwnContactCounts() {
            restrict(RestrictionKind.ATTORNEY, null, null);
            sent(Channel.EMAIL, EMAIL, "2026-01-14T15:00:00Z");
            long ours = ledger.rows().get(0).id();
            long someoneElses = ledger.record(8L, 800L, 80L, Channel.EMAIL, "sam@example.com",
                    ContactDirection.INBOUND, "RECEIVED", Instant.parse("2026-01-14T16:00:00Z"));

            assertThat(blockingRules(reply(Channel.EMAIL, EMAIL, "2026-01-14T16:30:00Z", ours))).contains("RF-17");
            assertThat(blockingRules(reply(Channel.EMAIL, EMAIL, "2026-01-14T16:30:00Z", someoneElses)))
                    .contains("RF-17");
        }
    }
}
