package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContentFacts;
import io.cureflow.compliance.OutboundContent;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the content guardrail is shown of a message. No fact about the debt is established here, so the guardrail
 * treats every fact-gated statement (a lawsuit, a garnishment, an attorney, a deadline) as not allowed.
 */
final class OutboundContents {

    private OutboundContents() {
    }

    static OutboundContent of(CaseContact contact, Channel channel, String subject, String body,
                              boolean initialCommunication) {
        return new OutboundContent(channel, BorrowerLocale.of(contact.language()).getLanguage(), initialCommunication,
                subject, body, new OutboundContent.Recipient(contact.state(), contact.zip(), contact.language(),
                Arrays.asList(contact.firstName(), contact.lastName()).stream().filter(Objects::nonNull).toList(),
                contact.accountExternalId()), ContentFacts.NONE);
    }
}
