package io.cureflow.understanding.internal.llm;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code cureflow.ai.classifier.*}: the language-model classifier, used only when a provider is configured too.
 *
 * @param enabled       whether replies go to the model first (the offline classifier answers when it fails)
 * @param promptVersion which prompt to send, the file of that name, with .txt, under understanding/llm
 * @param temperature   sampling temperature; 0 makes the answers repeatable
 * @param reviewBelow   answers less confident than this go to a person
 */
@Validated
@ConfigurationProperties("cureflow.ai.classifier")
public record ClassifierModelProperties(@DefaultValue("false") boolean enabled,
                                        @NotBlank @DefaultValue("classify-v1") String promptVersion,
                                        @DecimalMin("0.0") @DecimalMax("2.0") @DefaultValue("0.0") double temperature,
                                        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.7") double reviewBelow) {
}
