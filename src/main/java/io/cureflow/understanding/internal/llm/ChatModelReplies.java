package io.cureflow.understanding.internal.llm;

import io.cureflow.LanguageModelFailure;
import io.cureflow.compliance.Redactor;
import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Reply;
import io.cureflow.understanding.internal.LanguageModelReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Asks the configured chat model what a reply says. The text is redacted before it leaves; any failure (no answer in
 * time, an HTTP error, an answer that does not hold up) gives an empty result, so the offline classifier answers, and
 * one log line names the reason code: never the text.
 */
final class ChatModelReplies implements LanguageModelReplies {

    private static final Logger log = LoggerFactory.getLogger(ChatModelReplies.class);

    private final ChatModel model;
    private final Redactor redactor;
    private final ClassificationPrompt prompt;
    private final ModelAnswerReader reader;
    private final ChatOptions options;
    private final Clock clock;
    private final ZoneId fallbackZone;

    ChatModelReplies(ChatModel model, Redactor redactor, ClassificationPrompt prompt, ModelAnswerReader reader,
                     double temperature, Clock clock, ZoneId fallbackZone) {
        this.model = model;
        this.redactor = redactor;
        this.prompt = prompt;
        this.reader = reader;
        this.options = ChatOptions.builder().temperature(temperature).build();
        this.clock = clock;
        this.fallbackZone = fallbackZone;
    }

    @Override
    public Optional<Classification> classify(Reply reply) {
        if (reply.text() == null || reply.text().isBlank()) {
            return Optional.empty();
        }
        String text = redactor.redact(reply.text());
        ZoneId zone = reply.zone() == null ? fallbackZone : reply.zone();
        Instant receivedAt = reply.receivedAt() == null ? clock.instant() : reply.receivedAt();
        LocalDate receivedOn = LocalDate.ofInstant(receivedAt, zone);
        String answer;
        try {
            answer = answer(new Prompt(List.of(new SystemMessage(prompt.instructions()),
                    new UserMessage(prompt.message(reply, text, receivedOn, zone))), options));
        } catch (RuntimeException e) {
            log.warn("Language model classification not used: {}", LanguageModelFailure.of(e));
            return Optional.empty();
        }
        try {
            return Optional.of(reader.read(answer, text, receivedOn, reply.language()));
        } catch (RejectedAnswer e) {
            log.warn("Language model classification not used: {}", e.reason());
            return Optional.empty();
        }
    }

    private String answer(Prompt request) {
        ChatResponse response = model.call(request);
        if (response == null || response.getResult() == null || response.getResult().getOutput() == null) {
            return null;
        }
        return response.getResult().getOutput().getText();
    }
}
