package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.OutboundContent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * RF-25: a voicemail is a limited-content message (§1006.2(j)) and nothing more: the required slots present, no other
 * content, a business name that does not indicate debt collection (comment 2(j)(2)-1), and no debt words. The
 * consumer's name is refused too: comment 2(j)-1 disqualifies a request to speak to a named consumer, and whether a
 * salutation may name the consumer is open (catalogue OQ-3), so the safe reading is no name.
 */
@Component
@Order(3)
class LimitedContentCheck implements ContentCheck {

    static final String RULE = "RF-25";
    private static final String CITATION = "12 CFR 1006.2(j)";

    private final PhraseBook phrases;
    private final Violations violations;

    LimitedContentCheck(PhraseBook phrases, Violations violations) {
        this.phrases = phrases;
        this.violations = violations;
    }

    @Override
    public List<ComplianceReason> check(OutboundContent content) {
        if (content.channel() != Channel.VOICEMAIL) {
            return List.of();
        }
        List<ComplianceReason> found = new ArrayList<>();
        String folded = Texts.fold(content.body());
        LimitedContentMessage.Reading reading = LimitedContentMessage.read(content.body());
        if (phrases.voicemailDebtWords().stream().anyMatch(phrase -> phrase.foundIn(folded))) {
            found.add(violations.of(RULE, CITATION, "lcm.debt-words"));
        }
        if (!reading.closed()) {
            found.add(violations.of(RULE, CITATION, "lcm.other-content"));
        } else if (!reading.missing().isEmpty()) {
            found.add(violations.of(RULE, "12 CFR 1006.2(j)(1)", "lcm.missing",
                    violations.labels("lcm.slot", reading.missing())));
        }
        boolean collectorName = reading.businessNames().stream().map(Texts::fold)
                .anyMatch(name -> phrases.businessNameForbidden().stream().anyMatch(phrase -> phrase.foundIn(name)));
        if (collectorName) {
            found.add(violations.of(RULE, "12 CFR 1006.2(j)(1)(i)", "lcm.business-name"));
        }
        if (namesConsumer(content, folded)) {
            found.add(violations.of(RULE, CITATION, "lcm.consumer-name"));
        }
        return found;
    }

    private static boolean namesConsumer(OutboundContent content, String folded) {
        return content.recipient().names().stream()
                .map(Texts::fold)
                .filter(name -> name.length() >= 2)
                .anyMatch(name -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.toLowerCase(Locale.ROOT))
                        + "(?![\\p{L}\\p{N}])").matcher(folded).find());
    }
}
