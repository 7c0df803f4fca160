package io.cureflow.understanding.internal.llm;

import io.cureflow.compliance.Redactor;
import io.cureflow.understanding.internal.LanguageModelReplies;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The language-model classifier, when a provider is chosen (spring.ai.model.chat, from CUREFLOW_AI_PROVIDER) and
 * cureflow.ai.classifier.enabled is true. Without it {@code PreferredReplyClassifier} uses the offline classifier alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.ai.model.chat:none}' matches 'openai|ollama' "
        + "and '${cureflow.ai.classifier.enabled:false}' == 'true'")
class LanguageModelClassifierConfiguration {

    @Bean
    LanguageModelReplies languageModelReplies(ChatModel model, Redactor redactor, ClassifierModelProperties properties,
                                              ObjectProvider<Clock> clock,
                                              @Value("${cureflow.account.business-zone:America/New_York}")
                                              ZoneId businessZone) {
        String name = "llm:" + model.getDefaultOptions().getModel();
        return new ChatModelReplies(model, redactor, ClassificationPrompt.load(properties.promptVersion()),
                new ModelAnswerReader(properties.reviewBelow(), name), properties.temperature(),
                clock.getIfAvailable(Clock::systemUTC), businessZone);
    }
}
