package io.cureflow.workspace.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /api/v1/cases/{id}}.
 *
 * @param replies every classified reply of the case, oldest first
 */
public record CaseDetailsResponse(@JsonProperty("case") CaseSummary caseSummary, JourneySummary journey,
                                  List<Entry> timeline, List<ReplyClassificationResponse> replies) {

    /** A timeline entry with its summary rendered in English; the details may hold a message text. */
    public record Entry(Instant at, TimelineKind kind, String summary, Map<String, Object> details) {

        @Override
        public String toString() {
            return "Entry[at=" + at + ", kind=" + kind + ", details=" + details.keySet() + "]";
        }
    }
}
