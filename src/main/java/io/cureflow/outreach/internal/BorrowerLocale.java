package io.cureflow.outreach.internal;

import java.util.Locale;

/** The language CureFlow writes to a borrower in: Spanish when the borrower prefers it, English otherwise. */
final class BorrowerLocale {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    private BorrowerLocale() {
    }

    static Locale of(String language) {
        if (language == null || language.isBlank()) {
            return Locale.ENGLISH;
        }
        return "es".equals(Locale.forLanguageTag(language.trim().replace('_', '-')).getLanguage())
                ? SPANISH : Locale.ENGLISH;
    }
}
