package io.cureflow.workspace.internal;

import io.cureflow.understanding.Evidence;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns timeline entries into what the case page shows, newest first. */
@Component
class TimelinePresenter {

    static final String BODY = "body";
    /** A code of outreach's ("template", "llm"), named for people in the bundle; an unknown one shows as it is. */
    static final String COMPOSER = "composer";

    private final MessageSource messages;

    TimelinePresenter(MessageSource messages) {
        this.messages = messages;
    }

    List<TimelineItem> newestFirst(List<TimelineEntry> entries, Locale locale, ViewerZone zone) {
        List<TimelineItem> items = new ArrayList<>(entries.size());
        for (TimelineEntry entry : entries) {
            items.add(item(entry, locale, zone));
        }
        Collections.reverse(items);
        return List.copyOf(items);
    }

    private TimelineItem item(TimelineEntry entry, Locale locale, ViewerZone zone) {
        List<TimelineItem.Detail> details = new ArrayList<>();
        for (Map.Entry<String, Object> detail : entry.details().entrySet()) {
            if (!BODY.equals(detail.getKey()) && !ReplyDetails.EVIDENCE.equals(detail.getKey())) {
                String value = COMPOSER.equals(detail.getKey())
                        ? messages.getMessage("workspace.composer." + detail.getValue(), null,
                        String.valueOf(detail.getValue()), locale)
                        : value(detail.getValue(), locale, zone);
                details.add(new TimelineItem.Detail(
                        messages.getMessage("workspace.detail." + detail.getKey(), null, locale), value));
            }
        }
        Object body = entry.details().get(BODY);
        String text = body == null ? null : body.toString();
        return new TimelineItem(entry.at(), zone.format(entry.at()), entry.kind(),
                messages.getMessage(CodeLabels.key(entry.kind()), null, locale),
                messages.getMessage(entry.summary(), locale), List.copyOf(details), text,
                EvidenceMarks.cut(text, evidenceOf(entry)));
    }

    private static List<Evidence> evidenceOf(TimelineEntry entry) {
        if (entry.details().get(ReplyDetails.EVIDENCE) instanceof List<?> spans) {
            return spans.stream().filter(Evidence.class::isInstance).map(Evidence.class::cast).toList();
        }
        return List.of();
    }

    private String value(Object value, Locale locale, ViewerZone zone) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(each -> value(each, locale, zone)).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage("workspace.boolean." + yes, null, locale);
        }
        if (value instanceof Instant at) {
            return zone.format(at);
        }
        if (value instanceof BigDecimal amount) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(amount);
        }
        if (CodeLabels.isLabelled(value)) {
            return messages.getMessage(new DefaultMessageSourceResolvable(CodeLabels.key((Enum<?>) value)), locale);
        }
        return String.valueOf(value);
    }
}
