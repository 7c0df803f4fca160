package io.cureflow.compliance.internal.states;

import java.util.List;
import java.util.Locale;

/**
 * Whether an address is in New York City, for every rule that asks (the NYC-02 pack, the NYC-01 language check), from
 * the ZIP prefixes configured under {@code cureflow.compliance.states.nyc.zip-prefixes}: a ZIP whose first three
 * digits are one of them, or a New York address whose ZIP cannot be read. Both err toward the city: those prefixes
 * exist only in New York, so a ZIP that matches wins over a state that disagrees, and a New York consumer without a
 * usable ZIP might live in the city.
 */
public final class NewYorkCityAddresses {

    private NewYorkCityAddresses() {
    }

    public static boolean contains(String state, String zip, List<String> zipPrefixes) {
        String prefix = zipPrefix(zip);
        if (prefix == null) {
            return newYork(state);
        }
        return zipPrefixes.contains(prefix);
    }

    private static boolean newYork(String state) {
        if (state == null) {
            return false;
        }
        String normalized = state.trim().toUpperCase(Locale.ROOT);
        return normalized.equals("NY") || normalized.equals("NEW YORK");
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
