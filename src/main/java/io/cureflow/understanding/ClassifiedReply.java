package io.cureflow.understanding;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A stored classification of one inbound message, as the case page and the case API show it. The evidence holds words
 * of the reply: personal data, so {@link #toString()} leaves it out.
 */
public record ClassifiedReply(long messageId, long caseId, Classification classification, Set<ReplyAction> actions,
                              Instant classifiedAt) {

    public ClassifiedReply {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
    }

    public List<Evidence> evidence() {
        return classification.evidence();
    }

    @Override
    public String toString() {
        return "ClassifiedReply[messageId=" + messageId + ", caseId=" + caseId + ", intent="
                + classification.intent() + ", actions=" + actions + "]";
    }
}
