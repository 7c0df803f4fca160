package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.OutboundContent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * CA-03: a written or digital message to a California consumer shows the California debt-collector licence number
 * when one is configured (Cal. Civ. Code 1788.11). The 12-point type requirement concerns rendered letters and HTML;
 * texts and plain-text emails have no type size.
 */
@Component
@Order(7)
class CaliforniaLicenceCheck implements ContentCheck {

    static final String RULE = "CA-03";
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]");

    private final ContentProperties properties;
    private final Violations violations;

    CaliforniaLicenceCheck(ContentProperties properties, Violations violations) {
        this.properties = properties;
        this.violations = violations;
    }

    static boolean california(String state) {
        return state != null && (state.trim().equalsIgnoreCase("CA") || state.trim().equalsIgnoreCase("California"));
    }

    @Override
    public List<ComplianceReason> check(OutboundContent content) {
        boolean written = content.channel() == Channel.SMS || content.channel() == Channel.EMAIL;
        if (!written || !properties.californiaLicensed() || !california(content.recipient().state())) {
            return List.of();
        }
        if (alphanumeric(content.fullText()).contains(alphanumeric(properties.californiaLicenceNumber()))) {
            return List.of();
        }
        return List.of(violations.of(RULE, "Cal. Civ. Code 1788.11", "california-licence"));
    }

    private static String alphanumeric(String text) {
        return NOT_ALPHANUMERIC.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
