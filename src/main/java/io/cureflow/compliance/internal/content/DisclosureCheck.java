package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.OutboundContent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * RF-26 and RF-27: the initial communication says the collector is attempting to collect a debt and that any
 * information obtained will be used for that purpose (§1006.18(e)(1)); every later one says it is from a debt
 * collector (§1006.18(e)(2)); in each language the message uses (§1006.18(e)(4)). The full initial statement also
 * satisfies a subsequent communication. A voicemail is left to the limited-content check: a limited-content message is
 * not a communication (comment 18(e)-1), and any other voicemail fails that check.
 */
@Component
@Order(1)
class DisclosureCheck implements ContentCheck {

    static final String DISCLOSURE = "RF-26";
    static final String TRANSLATED = "RF-27";

    private final PhraseBook phrases;
    private final Violations violations;

    DisclosureCheck(PhraseBook phrases, Violations violations) {
        this.phrases = phrases;
        this.violations = violations;
    }

    @Override
    public List<ComplianceReason> check(OutboundContent content) {
        if (content.purpose() == OutboundContent.Purpose.OPT_OUT_CONFIRMATION) {
            return List.of();
        }
        if (content.channel() == Channel.VOICEMAIL) {
            return List.of();
        }
        String folded = Texts.fold(content.fullText());
        String declared = MessageLanguages.primary(content.language());
        List<ComplianceReason> found = new ArrayList<>();
        for (String language : MessageLanguages.of(declared, folded)) {
            boolean present = content.initialCommunication()
                    ? phrases.initialDisclosure(language).metBy(folded)
                    : phrases.subsequentDisclosure(language).metBy(folded)
                            || phrases.initialDisclosure(language).metBy(folded);
            if (present) {
                continue;
            }
            String kind = content.initialCommunication() ? "initial" : "subsequent";
            if (language.equals(declared)) {
                found.add(violations.of(DISCLOSURE, content.initialCommunication() ? "12 CFR 1006.18(e)(1)"
                        : "12 CFR 1006.18(e)(2)", "disclosure." + kind, violations.languageName(language)));
            } else {
                found.add(violations.of(TRANSLATED, "12 CFR 1006.18(e)(4)", "disclosure.translated." + kind,
                        violations.languageName(language)));
            }
        }
        return found;
    }
}
