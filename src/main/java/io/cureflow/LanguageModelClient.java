package io.cureflow;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.web.client.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.http.HttpClient;

/**
 * Bounds every call to the configured language model: Spring AI's clients are built from Boot's RestClient builder,
 * so the timeout goes there. Present only when a provider is chosen; with none nothing here exists. The customizer
 * reaches every RestClient built from Boot's builder, which today means only the language models.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.ai.model.chat:none}' matches 'openai|ollama'")
class LanguageModelClient {

    @Bean
    RestClientCustomizer languageModelTimeout(LanguageModelProperties properties) {
        ClientHttpRequestFactorySettings settings = ClientHttpRequestFactorySettings.defaults()
                .withConnectTimeout(properties.timeout())
                .withReadTimeout(properties.timeout());
        // HTTP/1.1: on plain http (Ollama, a local OpenAI-compatible server) the JDK client's HTTP/2 upgrade attempt
        // stalls servers that do not speak it, and a stalled call is a fallback every time
        ClientHttpRequestFactoryBuilder<?> factory = ClientHttpRequestFactoryBuilder.jdk()
                .withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
        return builder -> builder.requestFactory(factory.build(settings));
    }
}
