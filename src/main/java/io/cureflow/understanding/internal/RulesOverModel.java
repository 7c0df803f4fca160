package io.cureflow.understanding.internal;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.internal.offline.CriticalRules.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Holds a language model's answer against the offline legal rules. A model can be talked round ("my attorney handles
 * this, I'll pay friday" read as a promise); a rule that fires on the words the law names cannot. So a legal intent the
 * rules find wins over a lighter one the model chose, and is added to what the model also detected when the model chose
 * a weightier one. The classifier name then says both took part.
 */
final class RulesOverModel {

    static final String RULES = "offline-rules";
    private static final double RULE_CONFIDENCE = 0.9;

    private RulesOverModel() {
    }

    static Classification combine(Classification model, Optional<Finding> rules) {
        if (rules.isEmpty() || rules.get().intent() == model.intent()) {
            return model;
        }
        Finding finding = rules.get();
        if (model.intent().outweighs(finding.intent()) && model.alsoDetected().contains(finding.intent())) {
            return model;
        }
        if (model.intent().outweighs(finding.intent())) {
            List<Intent> also = new ArrayList<>(model.alsoDetected());
            also.add(finding.intent());
            also.sort(null);
            List<Evidence> evidence = new ArrayList<>(model.evidence());
            evidence.addAll(finding.evidence());
            return new Classification(model.intent(), model.hardshipCategory(), model.confidence(), model.promise(),
                    evidence, also, model.language(), model.needsReview(), model.classifier() + "+" + RULES);
        }
        List<Intent> also = new ArrayList<>();
        also.add(model.intent());
        model.alsoDetected().forEach(also::add);
        List<Intent> weaker = also.stream().distinct().filter(finding.intent()::outweighs).sorted().toList();
        return new Classification(finding.intent(), null, Math.max(RULE_CONFIDENCE, model.confidence()), null,
                finding.evidence(), weaker, model.language(), false, RULES + " over " + model.classifier());
    }
}
