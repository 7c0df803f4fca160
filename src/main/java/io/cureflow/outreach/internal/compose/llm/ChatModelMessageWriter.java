package io.cureflow.outreach.internal.compose.llm;

import io.cureflow.LanguageModelFailure;
import io.cureflow.compliance.Channel;
import io.cureflow.outreach.internal.compose.GenerativeMessageWriter;
import io.cureflow.outreach.internal.compose.MessageBrief;
import io.cureflow.outreach.internal.compose.Provenance;
import io.cureflow.outreach.internal.compose.WrittenMessage;
import io.cureflow.outreach.internal.compose.llm.ModelTextReader.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Asks the configured chat model to write a text or an email from a brief. The model writes only the words around the
 * facts; the disclosure, the licence line and the opt-out line are CureFlow's, appended verbatim from the brief. Calls
 * and voicemails are never model-written: a voicemail is a limited-content message whose every word is regulated.
 * Any failure gives an empty result, so the template is used, and one log line names the reason code.
 */
final class ChatModelMessageWriter implements GenerativeMessageWriter {

    private static final Logger log = LoggerFactory.getLogger(ChatModelMessageWriter.class);
    private static final String COMPOSER = "llm";
    /** Below this many characters for its own words the model cannot write a useful text. */
    private static final int LEAST_ROOM = 60;

    private final ChatModel model;
    private final String modelName;
    private final WritingPrompt prompt;
    private final ModelTextReader reader = new ModelTextReader();
    private final ChatOptions options;
    private final int maxEmailChars;

    ChatModelMessageWriter(ChatModel model, String modelName, WritingPrompt prompt, double temperature,
                           int maxEmailChars) {
        this.model = model;
        this.modelName = modelName;
        this.prompt = prompt;
        this.options = ChatOptions.builder().temperature(temperature).build();
        this.maxEmailChars = maxEmailChars;
    }

    @Override
    public Optional<WrittenMessage> write(MessageBrief brief) {
        if (brief.channel() != Channel.SMS && brief.channel() != Channel.EMAIL) {
            return Optional.empty();
        }
        boolean email = brief.channel() == Channel.EMAIL;
        Placeholders placeholders = Placeholders.of(brief);
        String tail = email ? emailTail(brief) : smsTail(brief);
        int maxChars = email ? maxEmailChars : smsRoom(brief, tail, placeholders);
        if (maxChars < LEAST_ROOM) {
            log.info("Language model not asked to write: no room in the SMS budget");
            return Optional.empty();
        }
        String answer;
        try {
            answer = answer(new Prompt(List.of(new SystemMessage(prompt.instructions()),
                    new UserMessage(prompt.facts(brief, placeholders, maxChars))), options));
        } catch (RuntimeException e) {
            log.warn("Language model message not used: {}", LanguageModelFailure.of(e));
            return Optional.empty();
        }
        try {
            Text text = reader.read(answer, email, placeholders, maxChars);
            String body = placeholders.fill(text.body()) + (email ? "\n\n" : " ") + tail;
            if (!email && SmsLength.segments(body) > brief.maxSmsSegments()) {
                throw new RejectedText(RejectedText.Reason.TOO_LONG);
            }
            String subject = text.subject() == null ? null : placeholders.fill(text.subject());
            return Optional.of(new WrittenMessage(subject, body,
                    new Provenance(COMPOSER, null, modelName, prompt.version())));
        } catch (RejectedText e) {
            log.warn("Language model message not used: {}", e.reason());
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

    /** Characters left for the model's words, counted as it writes them (placeholders unfilled). */
    private static int smsRoom(MessageBrief brief, String tail, Placeholders placeholders) {
        boolean gsm = !WritingPrompt.spanish(brief) && SmsLength.isGsm(tail);
        return SmsLength.capacity(brief.maxSmsSegments(), gsm) - tail.length() - 1 - placeholders.growth();
    }

    private static String smsTail(MessageBrief brief) {
        return join(" ", brief.disclosure(), brief.licenceLine(), brief.optOutLine());
    }

    private static String emailTail(MessageBrief brief) {
        return join("\n", brief.disclosure(), brief.licenceLine(), brief.optOutLine());
    }

    private static String join(String separator, String... lines) {
        return Stream.of(lines).filter(line -> line != null && !line.isBlank()).map(String::strip)
                .collect(Collectors.joining(separator));
    }
}
