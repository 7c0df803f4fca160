package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.OutboundContent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/** RF-24: every text and email tells, in its language, how to opt out of this number or address (§1006.6(e)). */
@Component
@Order(2)
class OptOutCheck implements ContentCheck {

    static final String RULE = "RF-24";

    private final PhraseBook phrases;
    private final Violations violations;

    OptOutCheck(PhraseBook phrases, Violations violations) {
        this.phrases = phrases;
        this.violations = violations;
    }

    @Override
    public List<ComplianceReason> check(OutboundContent content) {
        if (content.purpose() == OutboundContent.Purpose.OPT_OUT_CONFIRMATION) {
            return List.of();
        }
        if (content.channel() != Channel.SMS && content.channel() != Channel.EMAIL) {
            return List.of();
        }
        String language = MessageLanguages.primary(content.language());
        String folded = Texts.fold(content.fullText());
        if (phrases.optOut(content.channel(), language).stream().anyMatch(phrase -> phrase.foundIn(folded))) {
            return List.of();
        }
        return List.of(violations.of(RULE, "12 CFR 1006.6(e)", "opt-out." + content.channel().name(),
                violations.languageName(language)));
    }
}
