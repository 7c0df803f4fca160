package io.cureflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.ai.model.ollama.autoconfigure.OllamaApiAutoConfiguration;
import org.springframework.ai.model.ollama.autoconfigure.OllamaChatAutoConfiguration;
import org.springframework.ai.model.openai.autoconfigure.OpenAiChatAutoConfiguration;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.ai.retry.autoconfigure.SpringAiRetryAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The language-model wiring alone, without the engine or the database: application.yml as the app reads it, Spring
 * AI's chat auto-configurations for OpenAI and Ollama, and CureFlow's timeout. Tests add the classifier or the writer,
 * and point the provider at a WireMock server. Also the providers' answers in their wire formats.
 */
public final class LanguageModelContexts {

    public static final String MODEL = "gpt-4o-mini";
    /** Long enough for a cold first call on a busy machine; a test of the timeout delays its answer past it. */
    public static final String TIMEOUT = "3s";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LanguageModelContexts() {
    }

    public static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                        HttpMessageConvertersAutoConfiguration.class, RestClientAutoConfiguration.class,
                        ValidationAutoConfiguration.class, SpringAiRetryAutoConfiguration.class,
                        ToolCallingAutoConfiguration.class, OpenAiChatAutoConfiguration.class,
                        OllamaApiAutoConfiguration.class, OllamaChatAutoConfiguration.class))
                .withUserConfiguration(LanguageModelClient.class, Timeout.class);
    }

    /** Properties that point the OpenAI provider at a stand-in server. */
    public static String[] openAiAt(String baseUrl) {
        return new String[]{"spring.ai.model.chat=openai", "spring.ai.openai.base-url=" + baseUrl,
                "spring.ai.openai.api-key=test-key", "spring.ai.openai.chat.options.model=" + MODEL,
                "cureflow.ai.timeout=" + TIMEOUT};
    }

    public static String[] ollamaAt(String baseUrl) {
        return new String[]{"spring.ai.model.chat=ollama", "spring.ai.ollama.base-url=" + baseUrl,
                "spring.ai.ollama.chat.options.model=llama3.1", "cureflow.ai.timeout=" + TIMEOUT};
    }

    /** A chat-completions answer whose message content is the given text. */
    public static String openAiAnswer(String content) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("id", "chatcmpl-test");
        answer.put("object", "chat.completion");
        answer.put("created", 1767225600L);
        answer.put("model", MODEL);
        ObjectNode choice = answer.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        answer.putObject("usage").put("prompt_tokens", 900).put("completion_tokens", 60).put("total_tokens", 960);
        return answer.toString();
    }

    /** An Ollama /api/chat answer, not streamed. */
    public static String ollamaAnswer(String content) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("model", "llama3.1");
        answer.put("created_at", "2026-01-01T00:00:00Z");
        answer.putObject("message").put("role", "assistant").put("content", content);
        answer.put("done", true);
        answer.put("done_reason", "stop");
        return answer.toString();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LanguageModelProperties.class)
    static class Timeout {
    }
}
