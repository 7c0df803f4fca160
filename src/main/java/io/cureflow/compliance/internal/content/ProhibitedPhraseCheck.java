package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.OutboundContent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue's prohibited claims (§3 rows 1–15 and 22): hard categories always block, fact-gated ones unless the
 * case's facts make the statement true and lawful. On a time-barred debt any mention of suit is RF-34 (§1006.26(b)),
 * whatever else the facts say.
 */
@Component
@Order(4)
class ProhibitedPhraseCheck implements ContentCheck {

    static final String TIME_BARRED = "RF-34";
    private static final String LAWSUIT_CATEGORY = "PC-04";

    private final PhraseBook phrases;
    private final Violations violations;

    ProhibitedPhraseCheck(PhraseBook phrases, Violations violations) {
        this.phrases = phrases;
        this.violations = violations;
    }

    @Override
    public List<ComplianceReason> check(OutboundContent content) {
        String folded = Texts.fold(content.fullText());
        List<ComplianceReason> found = new ArrayList<>();
        for (ProhibitedCategory category : phrases.prohibited()) {
            if (category.gate().allows(content.facts()) || !category.foundIn(folded)) {
                continue;
            }
            if (content.facts().timeBarred() && category.id().equals(LAWSUIT_CATEGORY)) {
                found.add(violations.of(TIME_BARRED, "12 CFR 1006.26(b)", "time-barred-suit"));
            } else {
                found.add(violations.of(category.id(), category.citation(),
                        "prohibited." + category.gate().name(), category.name()));
            }
        }
        return found;
    }
}
