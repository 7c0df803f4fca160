package io.cureflow.understanding.internal.replies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cureflow.understanding.Classification;
import io.cureflow.understanding.ClassifiedReply;
import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.Promise;
import io.cureflow.understanding.ReplyAction;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A classification as the table keeps it and back. The evidence column has a size: spans past it are dropped. */
@Component
class StoredForm {

    static final int EVIDENCE_COLUMN = 4000;
    static final int MAX_SPANS = 12;
    static final int MAX_SPAN_TEXT = 300;
    static final String NONE = "NONE";
    private static final TypeReference<List<Evidence>> EVIDENCE_LIST = new TypeReference<>() {
    };

    private final ObjectMapper json;

    StoredForm(ObjectMapper json) {
        this.json = json;
    }

    ReplyClassificationEntity entity(long messageId, long caseId, Classification classification,
                                     Set<ReplyAction> actions, Instant at) {
        Promise promise = classification.promise();
        return new ReplyClassificationEntity(messageId, caseId, classification.intent().name(),
                classification.hardshipCategory() == null ? null : classification.hardshipCategory().name(),
                classification.confidence(), promise == null ? null : promise.date(),
                promise == null ? null : promise.amount(), evidence(classification.evidence()),
                classification.alsoDetected().stream().map(Intent::name).collect(Collectors.joining(",")),
                classification.language(), classification.needsReview(), classification.classifier(), at,
                actions(actions));
    }

    ClassifiedReply reply(ReplyClassificationEntity row) {
        Promise promise = row.getPromiseDate() == null && row.getPromiseAmount() == null ? null
                : new Promise(row.getPromiseDate(), row.getPromiseAmount());
        Classification classification = new Classification(Intent.valueOf(row.getIntent()),
                row.getHardshipCategory() == null ? null : HardshipCategory.valueOf(row.getHardshipCategory()),
                row.getConfidence(), promise, evidence(row.getEvidence()), intents(row.getAlsoDetected()),
                row.getLanguage(), row.isNeedsReview(), row.getClassifier());
        return new ClassifiedReply(row.getMessageId(), row.getCaseId(), classification, actions(row.getActions()),
                row.getClassifiedAt());
    }

    private String evidence(List<Evidence> evidence) {
        List<Evidence> kept = new ArrayList<>();
        for (Evidence span : evidence.subList(0, Math.min(evidence.size(), MAX_SPANS))) {
            String text = span.text() == null ? "" : span.text();
            kept.add(text.length() <= MAX_SPAN_TEXT ? span
                    : new Evidence(text.substring(0, MAX_SPAN_TEXT), span.start(), span.start() + MAX_SPAN_TEXT));
        }
        String written = write(kept);
        while (written.length() > EVIDENCE_COLUMN) {
            kept.remove(kept.size() - 1);
            written = write(kept);
        }
        return written;
    }

    private String write(List<Evidence> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Evidence spans could not be written as JSON", e);
        }
    }

    private List<Evidence> evidence(String stored) {
        try {
            return json.readValue(stored, EVIDENCE_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored evidence is not a JSON list of spans", e);
        }
    }

    private static String actions(Set<ReplyAction> actions) {
        if (actions.isEmpty()) {
            return NONE;
        }
        return EnumSet.copyOf(actions).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<ReplyAction> actions(String stored) {
        if (stored == null || stored.isBlank() || NONE.equals(stored)) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(ReplyAction::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReplyAction.class)));
    }

    private static List<Intent> intents(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(Intent::valueOf).toList();
    }
}
