package io.cureflow.workspace.internal;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.ClassifiedReply;
import io.cureflow.understanding.ReplyAction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The classification of a reply as timeline details: what it is about, how sure the classifier was, the promise, what
 * CureFlow did, and the evidence spans the case page highlights in the reply's text.
 */
final class ReplyDetails {

    static final String EVIDENCE = "evidence";
    static final String NEEDS_REVIEW = "needsReview";

    private ReplyDetails() {
    }

    static Map<String, Object> of(ClassifiedReply reply) {
        Classification classification = reply.classification();
        List<ReplyAction> actions = reply.actions().isEmpty() ? List.of()
                : List.copyOf(EnumSet.copyOf(reply.actions()));
        return CaseTimeline.details(
                "intent", classification.intent(),
                "hardshipCategory", classification.hardshipCategory(),
                "confidence", BigDecimal.valueOf(classification.confidence()).setScale(2, RoundingMode.HALF_UP),
                "promiseDate", classification.promise() == null ? null : classification.promise().date(),
                "promiseAmount", classification.promise() == null ? null : classification.promise().amount(),
                "actions", actions.isEmpty() ? null : actions,
                NEEDS_REVIEW, classification.needsReview() ? Boolean.TRUE : null,
                "classifier", classification.classifier(),
                EVIDENCE, classification.evidence().isEmpty() ? null : classification.evidence());
    }
}
