package io.cureflow.understanding.internal.offline;

import java.util.ArrayList;
import java.util.List;

/** The words the models read: punctuation dropped but for the question mark, every number one token, money one token. */
final class Features {

    private Features() {
    }

    static String[] tokens(NormalizedText text) {
        List<String> tokens = new ArrayList<>(text.words().size());
        for (NormalizedText.Word word : text.words()) {
            String token = token(word.text());
            if (token != null) {
                tokens.add(token);
            }
        }
        return tokens.toArray(String[]::new);
    }

    /** The model's token for one normalised word, or null when the model ignores it. */
    static String token(String word) {
        if (word.equals("?")) {
            return "_q";
        }
        if (word.equals("$")) {
            return "_money";
        }
        char first = word.charAt(0);
        if (Character.isDigit(first)) {
            return "_num";
        }
        return Character.isLetter(first) ? word : null;
    }
}
