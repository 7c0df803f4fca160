package io.cureflow.compliance.internal.states;

import io.cureflow.account.CaseContact;

import java.util.List;
import java.util.Locale;

/** Which packs a consumer's address switches on. */
final class ConsumerState {

    private ConsumerState() {
    }

    static boolean in(CaseContact contact, String stateCode) {
        return contact.state() != null && contact.state().trim().toUpperCase(Locale.ROOT).equals(stateCode);
    }

    /**
     * New York City: a ZIP whose first three digits are one of the boroughs' prefixes, or a New York address whose
     * ZIP cannot be read. Both err toward the city: those prefixes exist only in New York, so a ZIP that matches wins
     * over a state that disagrees, and a New York consumer without a usable ZIP might live in the city.
     */
    static boolean inNewYorkCity(CaseContact contact, List<String> zipPrefixes) {
        String prefix = zipPrefix(contact.zip());
        if (prefix == null) {
            return in(contact, "NY");
        }
        return zipPrefixes.contains(prefix);
    }

    private static String zipPrefix(String zip) {
        if (zip == null) {
            return null;
        }
        String trimmed = zip.trim();
        if (trimmed.length() < 5 || !trimmed.substring(0, 5).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return trimmed.substring(0, 3);
    }
}
