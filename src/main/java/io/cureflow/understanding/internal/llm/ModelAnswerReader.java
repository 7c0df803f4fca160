package io.cureflow.understanding.internal.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.Promise;
import io.cureflow.understanding.internal.llm.RejectedAnswer.Reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the model's JSON answer into a classification, or rejects it. Nothing the model says is trusted as it stands:
 * the intent and category must be known names, the precedence must hold, every evidence quote must be found in the
 * text (its offsets are ours, not the model's), and a promised date may not lie in the past.
 */
final class ModelAnswerReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LANGUAGES = Set.of("en", "es");

    private final double reviewBelow;
    private final String classifier;

    ModelAnswerReader(double reviewBelow, String classifier) {
        this.reviewBelow = reviewBelow;
        this.classifier = classifier;
    }

    /**
     * @param text       the redacted reply the model read; evidence offsets point into it
     * @param receivedOn the day the reply arrived in the borrower's zone
     * @param hint       the reply's language if known, else null
     */
    Classification read(String answer, String text, LocalDate receivedOn, String hint) {
        JsonNode root = parse(answer);
        Intent intent = intent(root.path("intent"));
        HardshipCategory category = category(intent, root.path("hardshipCategory"));
        double confidence = confidence(root.path("confidence"));
        List<Intent> alsoDetected = alsoDetected(intent, root.path("alsoDetected"));
        List<Evidence> evidence = EvidenceLocator.locate(quotes(root.path("evidence")), text);
        if (evidence.isEmpty() && intent != Intent.OTHER) {
            throw new RejectedAnswer(Reason.NO_EVIDENCE);
        }
        Promise promise = intent == Intent.PROMISE_TO_PAY ? PromiseReader.read(root.path("promise"), receivedOn) : null;
        return new Classification(intent, category, confidence, promise, evidence, alsoDetected,
                language(root.path("language"), hint), confidence < reviewBelow, classifier);
    }

    private static JsonNode parse(String answer) {
        if (answer == null) {
            throw new RejectedAnswer(Reason.MALFORMED_JSON);
        }
        // models like to wrap JSON in a code fence or a sentence: the object is what lies between the outer braces
        int from = answer.indexOf('{');
        int to = answer.lastIndexOf('}');
        if (from < 0 || to < from) {
            throw new RejectedAnswer(Reason.MALFORMED_JSON);
        }
        try {
            JsonNode root = JSON.readTree(answer.substring(from, to + 1));
            if (root == null || !root.isObject()) {
                throw new RejectedAnswer(Reason.MALFORMED_JSON);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new RejectedAnswer(Reason.MALFORMED_JSON);
        }
    }

    private static Intent intent(JsonNode node) {
        String name = textOrNull(node);
        if (name == null) {
            throw new RejectedAnswer(Reason.UNKNOWN_INTENT);
        }
        try {
            return Intent.fromWireName(name);
        } catch (IllegalArgumentException e) {
            throw new RejectedAnswer(Reason.UNKNOWN_INTENT);
        }
    }

    private static HardshipCategory category(Intent intent, JsonNode node) {
        String name = textOrNull(node);
        if (intent != Intent.HARDSHIP) {
            if (name != null) {
                throw new RejectedAnswer(Reason.CATEGORY_WITHOUT_HARDSHIP);
            }
            return null;
        }
        if (name == null) {
            throw new RejectedAnswer(Reason.MISSING_CATEGORY);
        }
        try {
            return HardshipCategory.fromWireName(name);
        } catch (IllegalArgumentException e) {
            throw new RejectedAnswer(Reason.UNKNOWN_CATEGORY);
        }
    }

    private static double confidence(JsonNode node) {
        if (!node.isNumber() || node.doubleValue() < 0 || node.doubleValue() > 1) {
            throw new RejectedAnswer(Reason.BAD_CONFIDENCE);
        }
        return node.doubleValue();
    }

    private static List<Intent> alsoDetected(Intent primary, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new RejectedAnswer(Reason.UNKNOWN_INTENT);
        }
        List<Intent> intents = new ArrayList<>();
        for (JsonNode element : node) {
            Intent other = intent(element);
            if (other.outweighs(primary)) {
                throw new RejectedAnswer(Reason.PRECEDENCE_BROKEN);
            }
            if (other != primary && !intents.contains(other)) {
                intents.add(other);
            }
        }
        intents.sort(Comparator.naturalOrder());
        return intents;
    }

    private static List<String> quotes(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new RejectedAnswer(Reason.EVIDENCE_NOT_IN_TEXT);
        }
        List<String> quotes = new ArrayList<>();
        node.forEach(element -> {
            if (!element.isTextual()) {
                throw new RejectedAnswer(Reason.EVIDENCE_NOT_IN_TEXT);
            }
            quotes.add(element.asText());
        });
        return quotes;
    }

    private static String language(JsonNode node, String hint) {
        String said = textOrNull(node);
        if (said != null && LANGUAGES.contains(said.toLowerCase(Locale.ROOT))) {
            return said.toLowerCase(Locale.ROOT);
        }
        if (hint != null && LANGUAGES.contains(hint)) {
            return hint;
        }
        throw new RejectedAnswer(Reason.BAD_LANGUAGE);
    }

    /** A JSON string, or null for a missing field, JSON null, an empty string or the word null. */
    static String textOrNull(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            return node.toString();
        }
        String value = node.asText().trim();
        return value.isEmpty() || value.equalsIgnoreCase("null") ? null : value;
    }
}
