package io.cureflow.workspace.internal;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.ClassifiedReply;
import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.ReplyAction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * One classified reply in {@code GET /api/v1/cases/{id}}, with codes as the classify endpoint writes them
 * (promise_to_pay, job_loss). The evidence holds words of the reply: personal data, left out of {@link #toString()}.
 */
public record ReplyClassificationResponse(long messageId, String intent, String hardshipCategory, double confidence,
                                          PromiseResponse promise, List<Evidence> evidence,
                                          List<String> alsoDetected, String language, boolean needsReview,
                                          String classifier, List<String> actions, Instant classifiedAt) {

    public record PromiseResponse(LocalDate date, BigDecimal amount) {
    }

    static ReplyClassificationResponse of(ClassifiedReply reply) {
        Classification classification = reply.classification();
        List<String> actions = reply.actions().isEmpty() ? List.of()
                : EnumSet.copyOf(reply.actions()).stream().map(ReplyAction::name).toList();
        return new ReplyClassificationResponse(reply.messageId(), classification.intent().wireName(),
                classification.hardshipCategory() == null ? null : classification.hardshipCategory().wireName(),
                classification.confidence(), classification.promise() == null ? null
                : new PromiseResponse(classification.promise().date(), classification.promise().amount()),
                classification.evidence(), classification.alsoDetected().stream().map(Intent::wireName).toList(),
                classification.language(), classification.needsReview(), classification.classifier(), actions,
                reply.classifiedAt());
    }

    @Override
    public String toString() {
        return "ReplyClassificationResponse[messageId=" + messageId + ", intent=" + intent + ", actions=" + actions
                + "]";
    }
}
