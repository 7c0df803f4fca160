package io.cureflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;

/**
 * Finds wording written straight into a Thymeleaf template instead of coming from a message bundle: text a reader
 * would see, and readable attributes, that no Thymeleaf attribute replaces at render time.
 */
final class LiteralTextFinder {

    /** Attributes that replace an element's body, so the text inside is only a designer's placeholder. */
    private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:include", "th:remove", "sec:authentication", "data-th-text", "data-th-utext");
    private static final Set<String> SKIPPED_ELEMENTS = Set.of("script", "style");
    private static final Set<String> READABLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");
    private static final Pattern EXPRESSIONS = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|[$#*@~]\\{.*?}|&#?\\w+;");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final MarkupParser parser = new MarkupParser(ParseConfiguration.htmlConfiguration());

    /** Each finding reads "line N: the text". */
    List<String> find(String html) {
        Handler handler = new Handler();
        try {
            parser.parse(html, handler);
        } catch (ParseException e) {
            handler.findings.add("cannot be parsed: " + e.getMessage());
        }
        return handler.findings;
    }

    private static boolean isReadable(String text) {
        return LETTER.matcher(EXPRESSIONS.matcher(text).replaceAll("")).find();
    }

    /** An open element, and whether the text inside it is shown as written. */
    private record Scope(String element, boolean shownAsWritten) {
    }

    private static final class Handler extends AbstractMarkupHandler {

        private final List<String> findings = new ArrayList<>();
        private final Deque<Scope> open = new ArrayDeque<>(List.of(new Scope("", true)));
        private final Map<String, String> attributes = new HashMap<>();
        private String element = "";
        private int elementLine;

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int length, int line, int col) {
            startElement(new String(buffer, offset, length), line);
        }

        @Override
        public void handleStandaloneElementStart(char[] buffer, int offset, int length, boolean minimized, int line,
                int col) {
            startElement(new String(buffer, offset, length), line);
        }

        @Override
        public void handleAttribute(char[] buffer, int nameOffset, int nameLength, int nameLine, int nameCol,
                int operatorOffset, int operatorLength, int operatorLine, int operatorCol, int valueOffset,
                int valueLength, int valueOuterOffset, int valueOuterLength, int valueLine, int valueCol) {
            attributes.put(new String(buffer, nameOffset, nameLength), new String(buffer, valueOffset, valueLength));
        }

        @Override
        public void handleOpenElementEnd(char[] buffer, int offset, int length, int line, int col) {
            checkAttributes();
            boolean shownAsWritten = open.peek().shownAsWritten() && !SKIPPED_ELEMENTS.contains(element)
                    && attributes.keySet().stream().noneMatch(BODY_REPLACING::contains);
            open.push(new Scope(element, shownAsWritten));
        }

        @Override
        public void handleStandaloneElementEnd(char[] buffer, int offset, int length, boolean minimized, int line,
                int col) {
            checkAttributes();
        }

        @Override
        public void handleCloseElementEnd(char[] buffer, int offset, int length, int line, int col) {
            close(new String(buffer, offset, length));
        }

        @Override
        public void handleAutoCloseElementEnd(char[] buffer, int offset, int length, int line, int col) {
            close(new String(buffer, offset, length));
        }

        @Override
        public void handleText(char[] buffer, int offset, int length, int line, int col) {
            String text = new String(buffer, offset, length);
            if (open.peek().shownAsWritten() && isReadable(text)) {
                int firstWordLine = line + (int) text.substring(0, text.length() - text.stripLeading().length())
                        .chars().filter(c -> c == '\n').count();
                findings.add("line " + firstWordLine + ": " + text.strip());
            }
        }

        private void startElement(String name, int line) {
            element = name;
            elementLine = line;
            attributes.clear();
        }

        private void checkAttributes() {
            if (!open.peek().shownAsWritten()) {
                return;
            }
            String thAttr = attributes.getOrDefault("th:attr", "");
            for (String name : READABLE_ATTRIBUTES) {
                String value = attributes.get(name);
                boolean replaced = attributes.containsKey("th:" + name) || thAttr.contains(name + "=");
                if (value != null && !replaced && isReadable(value)) {
                    findings.add("line " + elementLine + ": " + name + "=\"" + value.strip() + "\"");
                }
            }
        }

        /** Closing an element also closes whatever HTML let the page leave open inside it. */
        private void close(String name) {
            if (open.stream().noneMatch(scope -> scope.element().equals(name))) {
                return;
            }
            Scope closed;
            do {
                closed = open.pop();
            } while (!closed.element().equals(name));
        }
    }
}
