package io.cureflow.journey.internal;

import java.util.Locale;

/**
 * The product as the treatment strategy table spells it: upper case, words joined by underscores, so "Credit card",
 * "credit-card" and "CREDIT_CARD" from different intake files all match the same rule row.
 */
final class ProductCode {

    private ProductCode() {
    }

    static String of(String product) {
        if (product == null || product.isBlank()) {
            return null;
        }
        return product.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
