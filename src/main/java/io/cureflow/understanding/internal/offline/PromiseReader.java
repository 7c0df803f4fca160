package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Promise;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Finds the date and the amount a borrower promises, relative to the day the reply arrived in the borrower's zone.
 * Either may be missing; a promise with neither is no promise.
 */
final class PromiseReader {

    private PromiseReader() {
    }

    static Optional<Promise> read(String text, java.time.LocalDate today, String language) {
        String folded = fold(text);
        AmountReader.Found amount = AmountReader.find(folded);
        java.time.LocalDate date = DateReader.find(folded, today, amount == null ? null : amount.span());
        BigDecimal value = amount == null ? null : amount.value();
        return date == null && value == null ? Optional.empty() : Optional.of(new Promise(date, value));
    }

    /** Lower case without accents, one character for one, so offsets stay those of the original. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c < 128) {
                folded.append(c);
            } else {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                folded.append(decomposed.isEmpty() ? c : decomposed.charAt(0));
            }
        }
        return folded.toString();
    }
}
