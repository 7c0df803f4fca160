package io.cureflow.compliance.internal.content;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The form every check reads a text in: accents and case folded away (Spanish written without accents still
 * matches), typographic quotes and dashes made plain, any run of whitespace one space.
 */
final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    static String fold(String text) {
        return plain(text).toLowerCase(java.util.Locale.ROOT);
    }

    /** As {@link #fold} but keeping upper and lower case, for checks where capitals mark a name. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD);
        plain = MARKS.matcher(plain).replaceAll("");
        plain = plain.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00A0', ' ');
        return SPACES.matcher(plain).replaceAll(" ").trim();
    }
}
