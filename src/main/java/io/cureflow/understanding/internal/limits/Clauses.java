package io.cureflow.understanding.internal.limits;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one clause of a {@link LimitText} starts, and whether it is said in the negative: "don't call before 9am" and
 * "I'm busy until 5" rule the time out, "call after 6" allows it. An "only" after the negator turns the clause back
 * ("not at work, only after 6").
 */
final class Clauses {

    private static final Pattern BOUNDARY = Pattern.compile(" (?:[,.;!?]|but|pero|however|sino|and then|y luego) ");
    private static final Pattern NEGATOR = Pattern.compile("(?<![a-z])(?:not|no|never|nunca|ni|nobody|no one|nadie"
            + "|stop|dejen de|deje de|busy|unavailable|ocupad[oa]s?|except|excepto|salvo|menos)(?![a-z])");
    private static final Pattern ONLY = Pattern.compile("(?<![a-z])(?:only|just|solo|solamente|unicamente"
            + "|nada mas|nomas)(?![a-z])");

    private Clauses() {
    }

    static int start(String text, int at) {
        Matcher boundary = BOUNDARY.matcher(text);
        int start = 0;
        while (boundary.find() && boundary.end() <= at) {
            start = boundary.end();
        }
        return start;
    }

    static boolean negated(String text, int at) {
        String before = text.substring(start(text, at), at);
        return last(NEGATOR, before) > last(ONLY, before);
    }

    private static int last(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int last = -1;
        while (matcher.find()) {
            last = matcher.start();
        }
        return last;
    }
}
