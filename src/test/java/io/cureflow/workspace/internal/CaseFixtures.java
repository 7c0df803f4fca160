package io.cureflow.workspace.internal;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.ClassifiedReply;
import io.cureflow.understanding.ReplyAction;
import io.cureflow.account.CaseOutcome;
import io.cureflow.account.CaseStatus;
import io.cureflow.account.CaseView;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.outreach.OutreachMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** Cases and messages the workspace tests build on. */
final class CaseFixtures {

    static final long CASE_ID = 42L;
    static final Instant OPENED = Instant.parse("2026-11-02T14:00:00Z");

    private CaseFixtures() {
    }

    static CaseView openCase() {
        return new CaseView(CASE_ID, 7L, "ACC-1001", 3L, "Dana Whitfield", "Northwind Bank", "Credit card",
                new BigDecimal("1250.40"), new BigDecimal("310.00"), "USD", LocalDate.parse("2026-10-01"), 52,
                CaseStatus.OPEN, DelinquencyStage.DAYS_30, null, OPENED, null);
    }

    static CaseView closedCase(Instant closedAt) {
        return new CaseView(CASE_ID, 7L, "ACC-1001", 3L, "Dana Whitfield", "Northwind Bank", "Credit card",
                new BigDecimal("0.00"), new BigDecimal("0.00"), "USD", LocalDate.parse("2026-10-01"), 0,
                CaseStatus.CLOSED, DelinquencyStage.CURRENT, CaseOutcome.CURED, OPENED, closedAt);
    }

    static OutreachMessage outbound(long id, Channel channel, OutreachMessage.Status status, String body,
                                    Instant createdAt, Instant sentAt) {
        return new OutreachMessage(id, CASE_ID, channel, OutreachMessage.Direction.OUTBOUND, "+15555550100", body,
                status, createdAt, sentAt);
    }

    static OutreachMessage inbound(long id, String body, Instant receivedAt) {
        return new OutreachMessage(id, CASE_ID, Channel.SMS, OutreachMessage.Direction.INBOUND, "+15555550100", body,
                OutreachMessage.Status.RECEIVED, receivedAt, null);
    }

    static ClassifiedReply classified(long messageId, Classification classification, ReplyAction... actions) {
        return new ClassifiedReply(messageId, CASE_ID, classification, Set.of(actions), OPENED.plusSeconds(86400));
    }

    /** A restriction of account 7 with every field the timeline shows; the number must stay off the page. */
    static ContactRestriction restriction(RestrictionKind kind, RestrictionSource source, Instant recordedAt,
                                          Instant liftedAt) {
        return new ContactRestriction(9L, kind, 3L, 7L, null, null, LocalTime.of(9, 0), LocalTime.of(18, 0),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null, source, "reply-classifier", recordedAt,
                "Reply message 5 read as contact_restriction", liftedAt, liftedAt == null ? null : "manager",
                liftedAt == null ? null : "borrower asked");
    }
}
