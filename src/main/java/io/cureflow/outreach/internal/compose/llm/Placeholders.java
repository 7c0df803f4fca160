package io.cureflow.outreach.internal.compose.llm;

import io.cureflow.outreach.internal.compose.MessageBrief;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of a brief as the model sees them: names in braces, never the values. The model writes around the
 * amount and link placeholders; CureFlow puts the real amount and the signed link in afterwards, so the model can
 * neither see them nor get them wrong. A fact the brief lacks is not offered.
 */
final class Placeholders {

    static final String AMOUNT = "{amount}";
    static final String LINK = "{link}";
    static final Pattern ANY = Pattern.compile("\\{[^{}]*}");

    private final Map<String, String> values;

    private Placeholders(Map<String, String> values) {
        this.values = values;
    }

    static Placeholders of(MessageBrief brief) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "{first_name}", brief.firstName());
        put(values, AMOUNT, brief.amountDue());
        put(values, LINK, brief.paymentLink());
        put(values, "{creditor}", brief.creditor());
        put(values, "{sender}", brief.senderName());
        put(values, "{callback}", brief.callbackNumber());
        return new Placeholders(values);
    }

    boolean offers(String placeholder) {
        return values.containsKey(placeholder);
    }

    Iterable<String> names() {
        return values.keySet();
    }

    /** How much longer the text can get when every placeholder is replaced once. */
    int growth() {
        return values.entrySet().stream().mapToInt(e -> Math.max(0, e.getValue().length() - e.getKey().length()))
                .sum();
    }

    String fill(String text) {
        Matcher matcher = ANY.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(values.get(matcher.group())));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static void put(Map<String, String> values, String placeholder, String value) {
        if (value != null && !value.isBlank()) {
            values.put(placeholder, value.trim());
        }
    }
}
