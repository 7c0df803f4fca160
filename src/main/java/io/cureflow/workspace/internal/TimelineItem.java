package io.cureflow.workspace.internal;

import java.time.Instant;
import java.util.List;

/**
 * A timeline entry ready for the case page: summary and detail labels in the viewer's language, times in their zone.
 *
 * @param body      the message text of a sent message or a reply, shown to the agent; null for other kinds. Personal
 *                  data, so {@link #toString()} leaves it out
 * @param bodyParts the body cut into runs, the words that decided a reply's classification marked as evidence; one
 *                  unmarked run when there is no evidence
 */
public record TimelineItem(Instant at, String time, TimelineKind kind, String label, String summary,
                           List<Detail> details, String body, List<BodyPart> bodyParts) {

    public TimelineItem {
        bodyParts = bodyParts == null ? List.of() : List.copyOf(bodyParts);
    }

    public record Detail(String label, String value) {
    }

    public record BodyPart(String text, boolean evidence) {
    }

    @Override
    public String toString() {
        return "TimelineItem[at=" + at + ", kind=" + kind + "]";
    }
}
