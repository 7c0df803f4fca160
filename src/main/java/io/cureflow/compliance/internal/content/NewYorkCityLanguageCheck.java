package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.OutboundContent;
import io.cureflow.compliance.internal.states.NewYorkCityAddresses;
import io.cureflow.compliance.internal.states.StatesProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * NYC-01: a consumer in New York City is written to in the language preference on record (6 RCNY 2-193). With no
 * preference recorded there is nothing to differ from, and the message passes. The city is the one the NYC pack
 * counts ({@link NewYorkCityAddresses}, with its configured ZIP prefixes).
 */
@Component
@Order(8)
class NewYorkCityLanguageCheck implements ContentCheck {

    static final String RULE = "NYC-01";

    private final Violations violations;
    private final List<String> cityZipPrefixes;

    NewYorkCityLanguageCheck(Violations violations, StatesProperties states) {
        this.violations = violations;
        this.cityZipPrefixes = states.nyc().zipPrefixes();
    }

    @Override
    public List<ComplianceReason> check(OutboundContent content) {
        String preference = content.recipient().languagePreference();
        if (preference == null || preference.isBlank()
                || !NewYorkCityAddresses.contains(content.recipient().state(), content.recipient().zip(),
                cityZipPrefixes)) {
            return List.of();
        }
        String preferred = MessageLanguages.primary(preference);
        String written = MessageLanguages.primary(content.language());
        if (preferred.equals(written)) {
            return List.of();
        }
        return List.of(violations.of(RULE, "6 RCNY 2-193", "nyc-language", displayName(preferred),
                displayName(written)));
    }

    private static String displayName(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? language : name;
    }
}
