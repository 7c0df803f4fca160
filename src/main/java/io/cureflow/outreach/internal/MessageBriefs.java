package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.Channel;
import io.cureflow.outreach.internal.compose.ComposeProperties;
import io.cureflow.outreach.internal.compose.MessageBrief;
import io.cureflow.outreach.internal.compose.PaymentLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The facts a writer gets for one message. The legal lines (disclosure, opt-out, licence) come from the outreach
 * bundle, where the compliance team reviews them; whether the initial disclosure is due is the ledger's answer.
 */
@Component
class MessageBriefs {

    private final MessageSource messages;
    private final OutreachProperties outreach;
    private final ComposeProperties compose;
    private final PaymentLinks links;

    MessageBriefs(MessageSource messages, OutreachProperties outreach, ComposeProperties compose, PaymentLinks links) {
        this.messages = messages;
        this.outreach = outreach;
        this.compose = compose;
        this.links = links;
    }

    /** @param licenceNumber the licence number the borrower's state requires on written messages, or null */
    MessageBrief of(CaseContact contact, Channel channel, int step, String tone, boolean initialCommunication,
                    String licenceNumber) {
        Locale locale = BorrowerLocale.of(contact.language());
        boolean written = channel == Channel.SMS || channel == Channel.EMAIL;
        String optOut = switch (channel) {
            case SMS -> text("outreach.optout.sms", locale);
            case EMAIL -> text("outreach.optout.email", locale);
            case CALL, VOICEMAIL -> null;
        };
        String licence = !written || licenceNumber == null || licenceNumber.isBlank() ? null
                : messages.getMessage("outreach.licence.california", new Object[]{licenceNumber.strip()}, locale);
        return new MessageBrief(channel, step, tone, locale,
                present(contact.firstName()) ? contact.firstName().strip() : text("outreach.name.unknown", locale),
                Amounts.format(contact, locale),
                present(contact.creditor()) ? contact.creditor().strip() : text("outreach.creditor.unknown", locale),
                outreach.senderName(), outreach.callbackNumber(), links.linkFor(contact.caseId()),
                text(initialCommunication ? "outreach.disclosure.initial" : "outreach.disclosure.subsequent", locale),
                initialCommunication, optOut, licence, compose.maxSmsSegments());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
