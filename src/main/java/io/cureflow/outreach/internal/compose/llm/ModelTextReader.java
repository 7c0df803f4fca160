package io.cureflow.outreach.internal.compose.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cureflow.outreach.internal.compose.llm.RejectedText.Reason;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the model's JSON message and holds it to the rules the prompt states: the amount and the link only as
 * placeholders, no placeholder that was not offered, no number, address or link of the model's own, within the length.
 * The content guardrail still judges the finished message; these checks catch what only the model could get wrong.
 */
final class ModelTextReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final Pattern CONTACT = Pattern.compile("https?:|www\\.|@|\\.(com|org|net)\\b");

    record Text(String subject, String body) {
    }

    /** @return subject (email only) and body with the placeholders still in them */
    Text read(String answer, boolean email, Placeholders placeholders, int maxChars) {
        JsonNode root = parse(answer);
        String body = text(root.path("body"));
        if (body == null) {
            throw new RejectedText(Reason.EMPTY_BODY);
        }
        String subject = email ? text(root.path("subject")) : null;
        if (email && subject == null) {
            throw new RejectedText(Reason.NO_SUBJECT);
        }
        check(body, placeholders);
        if (subject != null) {
            check(subject, placeholders);
        }
        if (!body.contains(Placeholders.AMOUNT) || !body.contains(Placeholders.LINK)) {
            throw new RejectedText(Reason.MISSING_AMOUNT_OR_LINK);
        }
        if (body.length() > maxChars) {
            throw new RejectedText(Reason.TOO_LONG);
        }
        return new Text(subject, body);
    }

    private static void check(String text, Placeholders placeholders) {
        Matcher matcher = Placeholders.ANY.matcher(text);
        while (matcher.find()) {
            if (!placeholders.offers(matcher.group())) {
                throw new RejectedText(Reason.UNKNOWN_PLACEHOLDER);
            }
        }
        String own = Placeholders.ANY.matcher(text).replaceAll(" ");
        if (DIGIT.matcher(own).find()) {
            throw new RejectedText(Reason.INVENTED_NUMBER);
        }
        if (CONTACT.matcher(own.toLowerCase(Locale.ROOT)).find()) {
            throw new RejectedText(Reason.INVENTED_CONTACT);
        }
    }

    private static JsonNode parse(String answer) {
        int from = answer == null ? -1 : answer.indexOf('{');
        int to = answer == null ? -1 : answer.lastIndexOf('}');
        if (from < 0 || to < from) {
            throw new RejectedText(Reason.MALFORMED_JSON);
        }
        try {
            JsonNode root = JSON.readTree(answer.substring(from, to + 1));
            if (root == null || !root.isObject()) {
                throw new RejectedText(Reason.MALFORMED_JSON);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new RejectedText(Reason.MALFORMED_JSON);
        }
    }

    private static String text(JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            return null;
        }
        return node.asText().strip();
    }
}
