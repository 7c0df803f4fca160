package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.Channel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes a message from the outreach bundle in the borrower's language. Texts and emails end with the debt-collector
 * disclosure (Reg F §1006.18(e)) and an opt-out line (§1006.6(e)); call scripts carry the disclosure; a voicemail is a
 * limited-content message and carries neither. Whether the initial-communication disclosure is due is the caller's
 * answer from the contact ledger, per borrower, not per step. A licence number a state requires (California) goes into
 * texts and emails.
 */
@Component
class MessageComposer {

    static final String NEUTRAL_TONE = "neutral";
    private static final String VOICEMAIL_KEY = "outreach.message.voicemail";
    private static final Pattern TONE = Pattern.compile("[a-z][a-z-]{0,30}");

    private final MessageSource messages;
    private final OutreachProperties properties;

    MessageComposer(MessageSource messages, OutreachProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    ComposedText compose(CaseContact contact, Channel channel, String tone, boolean initialCommunication) {
        return compose(contact, channel, tone, initialCommunication, null);
    }

    /** @param licenceNumber the licence number the borrower's state requires on written messages, or null */
    ComposedText compose(CaseContact contact, Channel channel, String tone, boolean initialCommunication,
                         String licenceNumber) {
        Locale locale = BorrowerLocale.of(contact.language());
        String disclosure = disclosure(initialCommunication, locale);
        Object[] args = arguments(contact, disclosure, locale);
        String licence = licenceNumber == null || licenceNumber.isBlank() ? null
                : text("outreach.licence.california", new Object[]{licenceNumber}, locale);
        return switch (channel) {
            case SMS -> {
                String key = templateKey("outreach.message.sms.", tone, "", locale);
                String body = String.join(" ", text(key, args, locale), disclosure);
                yield new ComposedText(key, null, String.join(" ", licence == null ? body : body + " " + licence,
                        text("outreach.optout.sms", null, locale)));
            }
            case EMAIL -> {
                String key = templateKey("outreach.message.email.", tone, ".subject", locale);
                yield new ComposedText(key, text(key + ".subject", args, locale), text(key + ".body", args, locale)
                        + "\n\n" + disclosure + (licence == null ? "" : "\n" + licence) + "\n"
                        + text("outreach.optout.email", null, locale));
            }
            case CALL -> {
                String key = templateKey("outreach.message.call.", tone, "", locale);
                yield new ComposedText(key, null, text(key, args, locale));
            }
            case VOICEMAIL -> new ComposedText(VOICEMAIL_KEY, null, text(VOICEMAIL_KEY, args, locale));
        };
    }

    private Object[] arguments(CaseContact contact, String disclosure, Locale locale) {
        return new Object[]{
                present(contact.firstName()) ? contact.firstName().trim() : text("outreach.name.unknown", null, locale),
                Amounts.format(contact, locale),
                present(contact.creditor()) ? contact.creditor().trim()
                        : text("outreach.creditor.unknown", null, locale),
                properties.senderName(),
                properties.callbackNumber(),
                properties.voicemailContact(),
                disclosure};
    }

    /**
     * The channel's template for the tone when the bundle has one (looked up as key + {@code probeSuffix}), else the
     * neutral one. New tones need only new bundle entries.
     */
    private String templateKey(String channelPrefix, String tone, String probeSuffix, Locale locale) {
        String normalized = tone == null ? "" : tone.trim().toLowerCase(Locale.ROOT);
        boolean known = TONE.matcher(normalized).matches()
                && messages.getMessage(channelPrefix + normalized + probeSuffix, null, null, locale) != null;
        return channelPrefix + (known ? normalized : NEUTRAL_TONE);
    }

    private String disclosure(boolean initialCommunication, Locale locale) {
        return text(initialCommunication ? "outreach.disclosure.initial" : "outreach.disclosure.subsequent", null,
                locale);
    }

    private String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, locale);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
