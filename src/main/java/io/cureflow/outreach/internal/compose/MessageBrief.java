package io.cureflow.outreach.internal.compose;

import io.cureflow.compliance.Channel;

import java.util.Locale;

/**
 * Everything a writer may use for one outreach message. Only facts fit to appear in the message: no account number,
 * no address, nothing a language model should not see.
 *
 * @param step            the journey's step, 1 for the first reminder
 * @param tone            the strategy segment's tone, for example "neutral" or "supportive"
 * @param amountDue       formatted in the borrower's locale ("$210.00")
 * @param paymentLink     the borrower's secure payment link
 * @param disclosure      the debt-collector disclosure due for this message (initial or subsequent)
 * @param optOutLine      how to opt out of this channel, null for calls and voicemails
 * @param licenceLine     a licence line the borrower's state requires on written messages, or null
 * @param maxSmsSegments  the segment budget of a text
 */
public record MessageBrief(Channel channel, int step, String tone, Locale locale, String firstName, String amountDue,
                           String creditor, String senderName, String callbackNumber, String paymentLink,
                           String disclosure, boolean initialCommunication, String optOutLine, String licenceLine,
                           int maxSmsSegments) {
}
