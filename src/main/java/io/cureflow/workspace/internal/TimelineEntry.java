package io.cureflow.workspace.internal;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing that happened on a case.
 *
 * @param summaryArgs arguments of the kind's summary message; a {@link MessageSourceResolvable} argument is itself
 *                    resolved from the bundle
 * @param details     named facts in a stable order (Instant, Number, String or an enum code); may hold a message body,
 *                    which is personal data, so {@link #toString()} leaves the values out
 */
public record TimelineEntry(Instant at, TimelineKind kind, List<Object> summaryArgs, Map<String, Object> details) {

    public TimelineEntry {
        summaryArgs = List.copyOf(summaryArgs);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public MessageSourceResolvable summary() {
        return new DefaultMessageSourceResolvable(new String[] {kind.summaryKey()}, summaryArgs.toArray());
    }

    @Override
    public String toString() {
        return "TimelineEntry[at=" + at + ", kind=" + kind + ", details=" + details.keySet() + "]";
    }
}
