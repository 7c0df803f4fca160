package io.cureflow.outreach.internal.compose;

/**
 * Which writer produced a message, recorded with every message sent, so A/B results and model changes can be traced.
 *
 * @param composer        "template" or "llm"
 * @param templateVariant the template and variant, for example "sms/reminder/supportive#b"; for a model-written message
 *                        the template it replaced
 * @param model           the model name, null for templates
 * @param promptVersion   the prompt's version, null for templates
 */
public record Provenance(String composer, String templateVariant, String model, String promptVersion) {
}
