package io.cureflow.outreach.internal.compose.llm;

import io.cureflow.outreach.internal.compose.GenerativeMessageWriter;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The language-model writer, when a provider is chosen (spring.ai.model.chat, from CUREFLOW_AI_PROVIDER) and
 * cureflow.ai.composer.enabled is true. Without it every message comes from the templates.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.ai.model.chat:none}' matches 'openai|ollama' "
        + "and '${cureflow.ai.composer.enabled:false}' == 'true'")
class LanguageModelWriterConfiguration {

    @Bean
    GenerativeMessageWriter generativeMessageWriter(ChatModel model, ComposerModelProperties properties) {
        return new ChatModelMessageWriter(model, model.getDefaultOptions().getModel(),
                WritingPrompt.load(properties.promptVersion()), properties.temperature(), properties.maxEmailChars());
    }
}
