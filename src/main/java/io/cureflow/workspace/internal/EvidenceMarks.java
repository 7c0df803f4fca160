package io.cureflow.workspace.internal;

import io.cureflow.understanding.Evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a reply's text into runs so that the page can mark the evidence. A span whose offsets do not match the text
 * (an older classification, a classifier that counted differently) is looked up by its words, and left out when they
 * are not there: the page never shows words the reply does not hold.
 */
final class EvidenceMarks {

    private EvidenceMarks() {
    }

    static List<TimelineItem.BodyPart> cut(String body, List<Evidence> evidence) {
        if (body == null) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        for (Evidence span : evidence) {
            int[] found = locate(body, span);
            if (found != null) {
                spans.add(found);
            }
        }
        spans.sort(Comparator.comparingInt((int[] span) -> span[0]));
        List<TimelineItem.BodyPart> parts = new ArrayList<>();
        int at = 0;
        for (int[] span : spans) {
            int start = Math.max(span[0], at);
            if (start >= span[1]) {
                continue;
            }
            if (start > at) {
                parts.add(new TimelineItem.BodyPart(body.substring(at, start), false));
            }
            parts.add(new TimelineItem.BodyPart(body.substring(start, span[1]), true));
            at = span[1];
        }
        if (at < body.length() || parts.isEmpty()) {
            parts.add(new TimelineItem.BodyPart(body.substring(at), false));
        }
        return List.copyOf(parts);
    }

    private static int[] locate(String body, Evidence span) {
        String text = span.text();
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (span.start() >= 0 && span.end() <= body.length() && span.start() < span.end()
                && body.substring(span.start(), span.end()).equals(text)) {
            return new int[] {span.start(), span.end()};
        }
        int index = body.indexOf(text);
        return index < 0 ? null : new int[] {index, index + text.length()};
    }
}
