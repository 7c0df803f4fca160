package io.cureflow;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code cureflow.ai.*}: how long CureFlow waits for a language model before it falls back to the offline classifier
 * or the templates. The provider, address, model and key are Spring AI's own properties, mapped from the environment
 * in application.yml; the classifier and the composer each have their own switch (cureflow.ai.classifier, .composer).
 *
 * @param timeout connect and read timeout of every call to the model
 */
@Validated
@ConfigurationProperties("cureflow.ai")
public record LanguageModelProperties(@NotNull @DefaultValue("5s") Duration timeout) {
}
