package io.cureflow.understanding.internal.web;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.Intent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the classifier found, with wire names. Evidence offsets refer to the redacted text, which is returned too.
 *
 * @param text the reply as classified: personal data masked
 */
record ClassifyResponse(String intent, String hardshipCategory, double confidence, PromiseBody promise,
                        List<Evidence> evidence, List<String> alsoDetected, boolean needsReview, String language,
                        String classifier, String text) {

    record PromiseBody(LocalDate date, BigDecimal amount) {
    }

    static ClassifyResponse of(Classification classification, String redacted) {
        return new ClassifyResponse(classification.intent().wireName(),
                classification.hardshipCategory() == null ? null : classification.hardshipCategory().wireName(),
                classification.confidence(),
                classification.promise() == null ? null
                        : new PromiseBody(classification.promise().date(), classification.promise().amount()),
                classification.evidence(),
                classification.alsoDetected().stream().map(Intent::wireName).toList(),
                classification.needsReview(), classification.language(), classification.classifier(), redacted);
    }
}
