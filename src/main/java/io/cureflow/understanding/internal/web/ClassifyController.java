package io.cureflow.understanding.internal.web;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.Redactor;
import io.cureflow.understanding.Reply;
import io.cureflow.understanding.ReplyClassifier;
import io.cureflow.understanding.internal.offline.UnderstandingProperties;
import io.cureflow.understanding.internal.web.UnderstandingApiError.FieldMessage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/v1/messages")
@Tag(name = "Understanding", description = "Read what a borrower wrote or said")
class ClassifyController {

    static final int MAX_TEXT = 5_000;

    private final ReplyClassifier classifier;
    private final Redactor redactor;
    private final UnderstandingProperties settings;
    private final Clock clock;

    ClassifyController(ReplyClassifier classifier, Redactor redactor, UnderstandingProperties settings, Clock clock) {
        this.classifier = classifier;
        this.redactor = redactor;
        this.settings = settings;
        this.clock = clock;
    }

    @PostMapping("/classify")
    @Operation(summary = "Classify one borrower reply",
            description = "Masks personal data in the text, then answers the intent (the legally weightiest one "
                    + "where several apply), the hardship category, a confidence, the promised date and amount, the "
                    + "words that decided it (offsets into the masked text) and whether a person should review it.")
    ClassifyResponse classify(@RequestBody ClassifyRequest request) {
        List<FieldMessage> problems = new ArrayList<>();
        if (request.text() == null || request.text().isBlank()) {
            problems.add(new FieldMessage("text", "text is required"));
        } else if (request.text().length() > MAX_TEXT) {
            problems.add(new FieldMessage("text", "text must be at most " + MAX_TEXT + " characters"));
        }
        Channel channel = channel(request.channel(), problems);
        String language = language(request.lang(), problems);
        Instant receivedAt = receivedAt(request.receivedAt(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidClassifyRequestException(problems);
        }
        String redacted = redactor.redact(request.text());
        return ClassifyResponse.of(
                classifier.classify(new Reply(redacted, channel, language, receivedAt, settings.defaultZone())),
                redacted);
    }

    private static Channel channel(String value, List<FieldMessage> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldMessage("channel", "channel is required"));
            return null;
        }
        try {
            return Channel.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldMessage("channel", "channel must be one of " + Arrays.stream(Channel.values())
                    .map(Channel::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static String language(String value, List<FieldMessage> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String language = value.trim().toLowerCase(Locale.ROOT);
        if (!language.equals("en") && !language.equals("es")) {
            problems.add(new FieldMessage("lang", "lang must be en or es"));
            return null;
        }
        return language;
    }

    private Instant receivedAt(String value, List<FieldMessage> problems) {
        if (value == null || value.isBlank()) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldMessage("receivedAt",
                    "receivedAt must be an ISO-8601 date-time with an offset, e.g. 2026-03-02T14:30:00-05:00"));
            return null;
        }
    }
}
