package io.cureflow.compliance.internal.stops;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells whether a reply is an opt-out keyword and nothing more. Case, punctuation, emoji, surrounding whitespace and a
 * 'please' (or 'thanks') around it do not matter; any other word does, so 'don't stop' or 'I will stop by the branch'
 * revoke nothing. Free-text requests ('please stop texting me') are for a person or the language model to judge.
 */
@Component
class RevocationKeywords {

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> COURTESIES = Set.of("please", "pls", "plz", "thanks", "thank you", "thankyou",
            "por favor", "gracias", "now");

    private final Set<String> keywords;

    @Autowired
    RevocationKeywords(ConsentProperties properties) {
        this(properties.revocationKeywords());
    }

    RevocationKeywords(List<String> keywords) {
        this.keywords = keywords.stream().map(RevocationKeywords::normalize).collect(Collectors.toUnmodifiableSet());
    }

    boolean isRevocation(String text) {
        if (text == null || text.length() > 200) {
            return false;
        }
        String words = normalize(text);
        for (int pass = 0; pass < 3; pass++) {
            String stripped = stripCourtesy(words);
            if (stripped.equals(words)) {
                break;
            }
            words = stripped;
        }
        return keywords.contains(words);
    }

    /** An email opts out when the first non-blank line (the subject, or the body's first line) is the keyword. */
    boolean isEmailRevocation(String text) {
        if (text == null) {
            return false;
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .map(line -> line.replaceFirst("(?i)^((re|aw|fwd?|sv)\\s*:\\s*)+", ""))
                .map(this::isRevocation)
                .orElse(false);
    }

    private String stripCourtesy(String words) {
        for (String courtesy : COURTESIES) {
            if (words.startsWith(courtesy + " ")) {
                return words.substring(courtesy.length() + 1);
            }
            if (words.endsWith(" " + courtesy)) {
                return words.substring(0, words.length() - courtesy.length() - 1);
            }
        }
        return words;
    }

    /** Lower case, accents dropped, every run of non-letters (hyphens, emoji, '!!') one space. */
    private static String normalize(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_A_LETTER.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip()
                .replaceAll("^'+|'+$", "");
    }
}
