package io.cureflow.journey.internal;

import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.ReplyAction;
import io.cureflow.understanding.ReplyClassified;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** ReplyClassified events as the understanding module announces them, for the journey's tests. */
final class ClassifiedReplies {

    private ClassifiedReplies() {
    }

    static ReplyClassified forAnAgent(long caseId, long messageId) {
        return new ReplyClassified(caseId, messageId, Intent.PAYMENT_PLAN_REQUEST, null, 0.91, false,
                Set.of(ReplyAction.FLAGGED_FOR_REVIEW), null, null, null);
    }

    static ReplyClassified unsure(long caseId, long messageId) {
        return new ReplyClassified(caseId, messageId, Intent.OTHER, null, 0.31, true,
                Set.of(ReplyAction.FLAGGED_FOR_REVIEW), null, null, null);
    }

    static ReplyClassified promise(long caseId, long messageId, LocalDate date, Instant pausedUntil) {
        return new ReplyClassified(caseId, messageId, Intent.PROMISE_TO_PAY, null, 0.88, false,
                Set.of(ReplyAction.PROMISE_RECORDED), date, new BigDecimal("210.00"), pausedUntil);
    }

    static ReplyClassified promiseWithoutDate(long caseId, long messageId) {
        return new ReplyClassified(caseId, messageId, Intent.PROMISE_TO_PAY, null, 0.8, false,
                Set.of(ReplyAction.FLAGGED_FOR_REVIEW), null, new BigDecimal("50"), null);
    }

    static ReplyClassified stop(long caseId, long messageId, Intent intent) {
        return new ReplyClassified(caseId, messageId, intent,
                intent == Intent.HARDSHIP ? HardshipCategory.JOB_LOSS : null, 0.97, false,
                Set.of(ReplyAction.STOP_RECORDED), null, null, null);
    }

    static ReplyClassified channelClosed(long caseId, long messageId) {
        return new ReplyClassified(caseId, messageId, Intent.OPT_OUT, null, 0.95, false,
                Set.of(ReplyAction.CHANNEL_REVOKED), null, null, null);
    }
}
