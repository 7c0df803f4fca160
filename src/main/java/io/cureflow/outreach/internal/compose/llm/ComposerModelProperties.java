package io.cureflow.outreach.internal.compose.llm;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code cureflow.ai.composer.*}: the language-model writer, used only when a provider is configured too.
 *
 * @param enabled       whether texts and emails are first asked of the model (the templates write them when it fails)
 * @param promptVersion which prompt to send, the file of that name, with .txt, under outreach/llm
 * @param temperature   sampling temperature
 * @param maxEmailChars longest email body the model may write, before the disclosure and opt-out are added
 */
@Validated
@ConfigurationProperties("cureflow.ai.composer")
public record ComposerModelProperties(@DefaultValue("false") boolean enabled,
                                      @NotBlank @DefaultValue("write-v1") String promptVersion,
                                      @DecimalMin("0.0") @DecimalMax("2.0") @DefaultValue("0.3") double temperature,
                                      @Min(200) @DefaultValue("1200") int maxEmailChars) {
}
