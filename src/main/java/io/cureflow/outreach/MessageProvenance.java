package io.cureflow.outreach;

/**
 * Which writer produced an outbound message, as the case page shows it beside the message.
 *
 * @param composer        "template" or "llm"
 * @param templateVariant the template and variant ("sms/reminder/supportive#b"); for a model-written message, the
 *                        template it replaced
 * @param model           the model's name; null for a template
 * @param promptVersion   the prompt's version; null for a template
 */
public record MessageProvenance(String composer, String templateVariant, String model, String promptVersion) {
}
