package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.internal.ComplianceMessages;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.stream.Collectors;

/** Builds violations with their wording from the compliance bundle (English, the language of the audit record). */
@Component
class Violations {

    static final String PREFIX = "compliance.rule.content.";

    private final ComplianceMessages messages;

    Violations(ComplianceMessages messages) {
        this.messages = messages;
    }

    ComplianceReason of(String rule, String citation, String key, Object... args) {
        return new ComplianceReason(rule, citation, messages.get(PREFIX + key, args));
    }

    String languageName(String language) {
        return messages.get(PREFIX + "language." + language);
    }

    /** Names of bundle-labelled codes joined for a sentence: a card number, a Social Security number. */
    String labels(String group, Collection<? extends Enum<?>> codes) {
        return codes.stream().map(code -> messages.get(PREFIX + group + "." + code.name()))
                .collect(Collectors.joining(", "));
    }
}
