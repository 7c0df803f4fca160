package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;

import java.util.regex.Pattern;

/**
 * One deterministic rule over normalised text.
 *
 * @param intent    what a match means
 * @param category  for hardship rules, the category a match decides; else null
 * @param pattern   matched against {@link NormalizedText#text()}, whole words
 * @param negatable false when the pattern carries its own negation ("not my debt"), so a negator before it is not
 *                  read as cancelling it
 */
record Rule(Intent intent, HardshipCategory category, Pattern pattern, boolean negatable) {

    static Rule of(Intent intent, String regex) {
        return new Rule(intent, null, compile(regex), true);
    }

    static Rule hardship(HardshipCategory category, String regex) {
        return new Rule(Intent.HARDSHIP, category, compile(regex), true);
    }

    static Rule negative(Intent intent, String regex) {
        return new Rule(intent, null, compile(regex), false);
    }

    static Pattern compile(String regex) {
        return Pattern.compile("(?<![a-z0-9])(?:" + Vocabulary.expand(regex) + ")(?![a-z0-9])");
    }
}
