package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContentFacts;
import io.cureflow.compliance.OutboundContent;
import io.cureflow.compliance.OutboundContent.Recipient;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.states.StatePacks;
import io.cureflow.compliance.internal.redaction.PersonalDataRedactor;
import org.springframework.core.io.ClassPathResource;

import java.util.List;

/** The guardrail wired by hand as the application wires it, without a database, and messages to check. */
final class Guardrails {

    static final Recipient ILLINOIS = new Recipient("IL", "60601", "en", List.of("Pat", "Doe"), "4000123456789");

    private Guardrails() {
    }

    static ContentGuardrailService create() {
        return create(new ContentProperties(8, "", new ClassPathResource("compliance/content-phrases.yml")));
    }

    static ContentGuardrailService create(ContentProperties properties) {
        PhraseBook phrases = new PhraseBook(properties);
        Violations violations = new Violations(new ComplianceMessages());
        return new ContentGuardrailService(List.of(
                new DisclosureCheck(phrases, violations),
                new OptOutCheck(phrases, violations),
                new LimitedContentCheck(phrases, violations),
                new ProhibitedPhraseCheck(phrases, violations),
                new PersonalDataCheck(new PersonalDataRedactor(), violations),
                new SmsLengthCheck(properties, violations),
                new CaliforniaLicenceCheck(properties, violations),
                new NewYorkCityLanguageCheck(violations, StatePacks.defaults())), null, properties);
    }

    static OutboundContent sms(String body, boolean initial) {
        return new OutboundContent(Channel.SMS, "en", initial, null, body, ILLINOIS, ContentFacts.NONE);
    }

    static OutboundContent message(Channel channel, String language, boolean initial, String body) {
        return new OutboundContent(channel, language, initial, null, body, ILLINOIS, ContentFacts.NONE);
    }

    static OutboundContent voicemail(String body) {
        return new OutboundContent(Channel.VOICEMAIL, "en", false, null, body, ILLINOIS, ContentFacts.NONE);
    }
}
