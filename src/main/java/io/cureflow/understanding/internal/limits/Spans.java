package io.cureflow.understanding.internal.limits;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a {@link LimitText} some limit pattern has read already, so that no words are read twice. */
final class Spans {

    private final String text;
    private final BitSet read = new BitSet();

    Spans(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** The next match of the pattern over words nobody has read yet; marks it read. */
    Matcher next(Matcher matcher) {
        while (matcher.find()) {
            if (read.get(matcher.start(), matcher.end()).isEmpty()) {
                read.set(matcher.start(), matcher.end());
                return matcher;
            }
        }
        return null;
    }

    boolean unread(int at) {
        return !read.get(at);
    }

    static Pattern words(String regex) {
        return Pattern.compile("(?<![a-z0-9])(?:" + regex + ")(?![a-z0-9])");
    }
}
