package io.cureflow.compliance.internal;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The wording of compliance reasons, from the {@code i18n/compliance} bundle. Reasons are stored with each decision in
 * English, the language of the audit record.
 */
@Component
public class ComplianceMessages {

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    ComplianceMessages() {
        source.setBasename("i18n/compliance");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, Locale.ENGLISH);
    }
}
