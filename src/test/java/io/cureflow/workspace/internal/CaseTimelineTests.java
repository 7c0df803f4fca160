package io.cureflow.workspace.internal;

import io.cureflow.account.CaseOutcome;
import io.cureflow.account.CaseService;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.account.StageChange;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactAttempt;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContactLedger.BlockedContact;
import io.cureflow.outreach.MessageProvenance;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.OutreachService;
import io.cureflow.payment.PaymentService;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.understanding.ReplyClassifications;
import io.cureflow.payment.PaymentView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.cureflow.workspace.internal.CaseFixtures.CASE_ID;
import static io.cureflow.workspace.internal.CaseFixtures.OPENED;
import static io.cureflow.workspace.internal.CaseFixtures.inbound;
import static io.cureflow.workspace.internal.CaseFixtures.openCase;
import static io.cureflow.workspace.internal.CaseFixtures.outbound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CaseTimelineTests {

    private final CaseService cases = mock(CaseService.class);
    private final OutreachService outreach = mock(OutreachService.class);
    private final ContactLedger ledger = mock(ContactLedger.class);
    private final PaymentService payments = mock(PaymentService.class);
    private final ReplyClassifications replies = mock(ReplyClassifications.class);
    private final ContactRestrictions restrictions = mock(ContactRestrictions.class);
    private final CaseTimeline timeline = new CaseTimeline(cases, outreach, ledger, payments, replies, restrictions);

    @BeforeEach
    void emptyModules() {
        when(cases.stageHistory(CASE_ID)).thenReturn(List.of());
        when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of());
        when(ledger.blockedContactsOfCase(CASE_ID)).thenReturn(List.of());
        when(ledger.attemptsOfCase(CASE_ID)).thenReturn(List.of());
        when(payments.paymentsOfCase(CASE_ID)).thenReturn(List.of());
    }

    @Test
    void ordersEntriesFromEveryModuleByTime() {
        when(payments.paymentsOfCase(CASE_ID)).thenReturn(List.of(payment(at(9), "120.00", 30)));
        when(cases.stageHistory(CASE_ID)).thenReturn(List.of(
                new StageChange(CASE_ID, DelinquencyStage.EARLY, DelinquencyStage.DAYS_30, 30, at(1))));
        when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of(
                outbound(1, Channel.SMS, Status.DELIVERED, "Hello", at(2), at(3)),
                inbound(2, "I lost my job", at(8))));
        when(ledger.blockedContactsOfCase(CASE_ID)).thenReturn(List.of(
                new BlockedContact(5, Channel.SMS, at(5), at(6), "Outside contact hours")));

        List<TimelineEntry> entries = timeline.of(openCase());

        assertThat(entries).extracting(TimelineEntry::kind).containsExactly(
                TimelineKind.CASE_OPENED, TimelineKind.STAGE_CHANGED, TimelineKind.MESSAGE_SENT,
                TimelineKind.CONTACT_BLOCKED, TimelineKind.REPLY_RECEIVED, TimelineKind.PAYMENT_POSTED);
        assertThat(entries).extracting(TimelineEntry::at).isSorted();
    }

    @Test
    void keepsTheOrderOfACaseLifeForEqualInstants() {
        when(cases.stageHistory(CASE_ID)).thenReturn(List.of(
                new StageChange(CASE_ID, null, DelinquencyStage.DAYS_30, 30, OPENED)));
        when(payments.paymentsOfCase(CASE_ID)).thenReturn(List.of(payment(OPENED, "10.00", 30)));
        when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of(
                outbound(1, Channel.SMS, Status.SENT, "first", OPENED, OPENED),
                outbound(2, Channel.EMAIL, Status.SENT, "second", OPENED, OPENED)));

        List<TimelineEntry> entries = timeline.of(openCase());

        assertThat(entries).extracting(TimelineEntry::kind).containsExactly(
                TimelineKind.CASE_OPENED, TimelineKind.STAGE_CHANGED, TimelineKind.MESSAGE_SENT,
                TimelineKind.MESSAGE_SENT, TimelineKind.PAYMENT_POSTED);
        assertThat(entries.get(2).details()).containsEntry("body", "first");
        assertThat(entries.get(3).details()).containsEntry("body", "second");
    }

    @Test
    void endsWithTheClosingOfAClosedCase() {
        List<TimelineEntry> entries = timeline.of(CaseFixtures.closedCase(at(20)));

        TimelineEntry closed = entries.get(entries.size() - 1);
        assertThat(closed.kind()).isEqualTo(TimelineKind.CASE_CLOSED);
        assertThat(closed.at()).isEqualTo(at(20));
        assertThat(closed.details()).containsExactly(entry("outcome", CaseOutcome.CURED));
        assertThat(codes(closed.summaryArgs().get(0))).containsExactly("workspace.outcome.CURED");
    }

    @Test
    void opensWithTheCaseOpeningOnly() {
        assertThat(timeline.of(openCase())).singleElement().satisfies(opened -> {
            assertThat(opened.kind()).isEqualTo(TimelineKind.CASE_OPENED);
            assertThat(opened.at()).isEqualTo(OPENED);
        });
    }

    @Test
    void showsARestrictionWithWhereItWasLearnedAndWithoutItsNumber() {
        when(restrictions.ofAccount(7L)).thenReturn(List.of(CaseFixtures.restriction(RestrictionKind.INCONVENIENT_TIME,
                RestrictionSource.INBOUND_CALL, at(4), null)));

        TimelineEntry restricted = timeline.of(openCase()).get(1);

        assertThat(restricted.kind()).isEqualTo(TimelineKind.RESTRICTION_RECORDED);
        assertThat(restricted.at()).isEqualTo(at(4));
        assertThat(restricted.summaryArgs()).map(arg -> codes(arg)[0]).containsExactly(
                "workspace.restriction.INCONVENIENT_TIME", "workspace.source.INBOUND_CALL");
        assertThat(restricted.details()).containsEntry("source", RestrictionSource.INBOUND_CALL)
                .containsEntry("localFrom", "09:00").containsEntry("localUntil", "18:00")
                .containsEntry("daysOfWeek", List.of("MONDAY", "FRIDAY"))
                .doesNotContainKey("contactPoint").doesNotContainKey("liftedAt");
    }

    @Nested
    class Messages {

        @Test
        void tellsSentFailedAndComposedMessagesApart() {
            when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of(
                    outbound(1, Channel.SMS, Status.DELIVERED, "a", at(1), at(2)),
                    outbound(2, Channel.EMAIL, Status.FAILED, "b", at(3), at(4)),
                    outbound(3, Channel.SMS, Status.COMPOSED, "c", at(5), null)));

            List<TimelineEntry> entries = timeline.of(openCase());

            assertThat(entries).extracting(TimelineEntry::kind).containsExactly(TimelineKind.CASE_OPENED,
                    TimelineKind.MESSAGE_SENT, TimelineKind.MESSAGE_FAILED, TimelineKind.MESSAGE_COMPOSED);
            assertThat(entries).extracting(TimelineEntry::at).containsExactly(OPENED, at(2), at(4), at(5));
            assertThat(entries.get(1).details()).containsExactly(entry("channel", Channel.SMS),
                    entry("status", Status.DELIVERED), entry("body", "a"));
            assertThat(codes(entries.get(1).summaryArgs().get(0))).containsExactly("workspace.channel.SMS");
        }

        @Test
        void namesTheWriterOfEachOutboundMessage() {
            when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of(
                    outbound(1, Channel.SMS, Status.DELIVERED, "a", at(1), at(2)),
                    outbound(2, Channel.EMAIL, Status.DELIVERED, "b", at(3), at(4)),
                    outbound(3, Channel.SMS, Status.DELIVERED, "c", at(5), at(6))));
            when(outreach.provenanceOfCase(CASE_ID)).thenReturn(Map.of(
                    1L, new MessageProvenance("template", "sms/reminder/supportive#b", null, null),
                    2L, new MessageProvenance("llm", "email/reminder/neutral#a", "gpt-4o-mini", "write-v1")));

            List<TimelineEntry> entries = timeline.of(openCase());

            assertThat(entries.get(1).details()).containsEntry("composer", "template")
                    .containsEntry("templateVariant", "sms/reminder/supportive#b")
                    .doesNotContainKeys("model", "promptVersion");
            assertThat(entries.get(2).details()).containsEntry("composer", "llm")
                    .containsEntry("templateVariant", "email/reminder/neutral#a")
                    .containsEntry("model", "gpt-4o-mini").containsEntry("promptVersion", "write-v1");
            assertThat(entries.get(3).details()).doesNotContainKeys("composer", "templateVariant");
        }

        @Test
        void showsTheReplyWithItsText() {
            when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of(inbound(9, "Can I pay next week?", at(7))));

            TimelineEntry reply = timeline.of(openCase()).get(1);

            assertThat(reply.kind()).isEqualTo(TimelineKind.REPLY_RECEIVED);
            assertThat(reply.at()).isEqualTo(at(7));
            assertThat(reply.details()).containsEntry("body", "Can I pay next week?");
        }

        @Test
        void keepsMessageTextOutOfTheEntryDescription() {
            when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of(inbound(9, "My card is 4111", at(7))));

            TimelineEntry reply = timeline.of(openCase()).get(1);

            assertThat(reply.toString()).contains("REPLY_RECEIVED").doesNotContain("4111").doesNotContain("+1555");
        }
    }

    @Nested
    class Compliance {

        @Test
        void showsWhyAndUntilWhenAContactWasBlocked() {
            when(ledger.blockedContactsOfCase(CASE_ID)).thenReturn(List.of(
                    new BlockedContact(5, Channel.CALL, at(5), at(12), "Outside contact hours")));

            TimelineEntry blocked = timeline.of(openCase()).get(1);

            assertThat(blocked.kind()).isEqualTo(TimelineKind.CONTACT_BLOCKED);
            assertThat(blocked.details()).containsExactly(entry("channel", Channel.CALL),
                    entry("reason", "Outside contact hours"), entry("nextAllowedAt", at(12)));
        }

        @Test
        void leavesOutANextAllowedTimeThatIsNotKnown() {
            when(ledger.blockedContactsOfCase(CASE_ID)).thenReturn(List.of(
                    new BlockedContact(5, Channel.SMS, at(5), null, "Opted out")));

            assertThat(timeline.of(openCase()).get(1).details()).doesNotContainKey("nextAllowedAt");
        }

        @Test
        void addsOnlyTheLedgerAttemptsThatNoMessageOrBlockAlreadyShows() {
            when(outreach.conversationOfCase(CASE_ID)).thenReturn(List.of(
                    outbound(1, Channel.SMS, Status.SENT, "a", at(1), at(1))));
            when(ledger.attemptsOfCase(CASE_ID)).thenReturn(List.of(
                    new ContactAttempt(1, CASE_ID, Channel.SMS, "SENT", 11L, at(1)),
                    new ContactAttempt(2, CASE_ID, Channel.CALL, "BLOCKED", 12L, at(2)),
                    new ContactAttempt(3, CASE_ID, Channel.CALL, "FAILED", 13L, at(3))));

            List<TimelineEntry> entries = timeline.of(openCase());

            assertThat(entries).extracting(TimelineEntry::kind).containsExactly(TimelineKind.CASE_OPENED,
                    TimelineKind.MESSAGE_SENT, TimelineKind.CONTACT_ATTEMPTED);
            assertThat(entries.get(2).details()).containsExactly(entry("channel", Channel.CALL),
                    entry("outcome", "FAILED"));
        }
    }

    @Test
    void givesAmountCurrencyAndDaysPastDueOfAPayment() {
        when(payments.paymentsOfCase(CASE_ID)).thenReturn(List.of(payment(at(4), "75.50", 21)));

        TimelineEntry paid = timeline.of(openCase()).get(1);

        assertThat(paid.kind()).isEqualTo(TimelineKind.PAYMENT_POSTED);
        assertThat(paid.summaryArgs()).containsExactly(new BigDecimal("75.50"), "USD", 21);
        assertThat(paid.details()).containsExactly(entry("amount", new BigDecimal("75.50")),
                entry("currency", "USD"), entry("daysPastDueAfter", 21));
    }

    @Test
    void namesTheStagesOfAStageChange() {
        when(cases.stageHistory(CASE_ID)).thenReturn(List.of(
                new StageChange(CASE_ID, DelinquencyStage.DAYS_30, DelinquencyStage.DAYS_60, 60, at(3))));

        TimelineEntry change = timeline.of(openCase()).get(1);

        assertThat(codes(change.summaryArgs().get(0))).containsExactly("workspace.stage.DAYS_30");
        assertThat(codes(change.summaryArgs().get(1))).containsExactly("workspace.stage.DAYS_60");
        assertThat(change.summaryArgs().get(2)).isEqualTo(60);
        assertThat(change.details()).containsExactly(entry("from", DelinquencyStage.DAYS_30),
                entry("to", DelinquencyStage.DAYS_60), entry("daysPastDue", 60));
    }

    private static Instant at(int hoursAfterOpening) {
        return OPENED.plusSeconds(3600L * hoursAfterOpening);
    }

    private static PaymentView payment(Instant paidAt, String amount, int daysPastDueAfter) {
        return new PaymentView(1L, "PAY-1", 7L, CASE_ID, new BigDecimal(amount), "USD", paidAt, daysPastDueAfter);
    }

    private static String[] codes(Object resolvable) {
        return ((MessageSourceResolvable) resolvable).getCodes();
    }
}
