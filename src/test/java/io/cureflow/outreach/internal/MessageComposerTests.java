package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.Channel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.cureflow.outreach.internal.OutreachFixtures.borrower;
import static org.assertj.core.api.Assertions.assertThat;

class MessageComposerTests {

    private static final List<String> TONES = List.of("neutral", "friendly", "supportive", "urgent", "unheard-of");
    private static final List<String> LANGUAGES = List.of("en", "es");

    private final MessageComposer composer = new MessageComposer(OutreachFixtures.bundles(),
            OutreachFixtures.properties());

    static Stream<Arguments> everyChannelToneAndLanguage() {
        List<Arguments> all = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            for (String tone : TONES) {
                for (String language : LANGUAGES) {
                    for (boolean initial : new boolean[]{true, false}) {
                        all.add(Arguments.of(channel, tone, language, initial));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} initial {3}")
    @MethodSource("everyChannelToneAndLanguage")
    void writesACompleteMessageWithTheRequiredLines(Channel channel, String tone, String language, boolean initial) {
        ComposedText text = composer.compose(borrower(7, 70, language), channel, tone, initial);
        boolean spanish = language.equals("es");

        assertThat(text.body()).isNotBlank().doesNotContain("{", "}", "''");
        assertThat(text.templateKey()).startsWith("outreach.message.");
        switch (channel) {
            case SMS -> {
                assertThat(text.body()).contains(spanish ? "de un cobrador de deudas" : "from a debt collector")
                        .contains(spanish ? "Responda STOP" : "Reply STOP to stop texts")
                        .contains("Pat", "$150.25", "Acme Bank");
                assertThat(text.subject()).isNull();
            }
            case EMAIL -> {
                assertThat(text.body()).contains(spanish ? "de un cobrador de deudas" : "from a debt collector")
                        .contains(spanish ? "responda con STOP" : "reply with STOP")
                        .contains("Pat", "$150.25", "Acme Bank");
                assertThat(text.subject()).isNotBlank().doesNotContain("{", "}");
            }
            case CALL -> assertThat(text.body())
                    .contains(spanish ? "de un cobrador de deudas" : "from a debt collector")
                    .contains("Pat", "$150.25", "Acme Bank");
            case VOICEMAIL -> assertThat(text.body().toLowerCase())
                    .contains("alex morgan", "cureflow servicing", "1-800-555-0100")
                    .doesNotContain("debt", "deuda", "acme", "150", "pat");
        }
    }

    @Test
    void offersHelpBeforeNamingTheAmount() {
        String body = composer.compose(borrower(7, 70, "en"), Channel.SMS, "urgent", false).body();

        assertThat(body.indexOf("payment plan")).isLessThan(body.indexOf("$150.25"));
        assertThat(body).contains("pause", "talk with a person");
    }

    @Nested
    class Tone {

        @Test
        void usesTheRequestedTonesTemplate() {
            assertThat(composer.compose(borrower(7, 70, "en"), Channel.SMS, "Supportive", false).templateKey())
                    .isEqualTo("outreach.message.sms.supportive");
        }

        @ParameterizedTest
        @EnumSource(value = Channel.class, names = {"SMS", "EMAIL", "CALL"})
        void fallsBackToNeutralForAnUnknownTone(Channel channel) {
            assertThat(composer.compose(borrower(7, 70, "en"), channel, "sarcastic", false).templateKey())
                    .endsWith(".neutral");
            assertThat(composer.compose(borrower(7, 70, "en"), channel, null, false).templateKey())
                    .endsWith(".neutral");
            assertThat(composer.compose(borrower(7, 70, "en"), channel, "../../x", false).templateKey())
                    .endsWith(".neutral");
        }

        @Test
        void keepsTheVoicemailToItsLimitedContentWhateverTheTone() {
            assertThat(composer.compose(borrower(7, 70, "en"), Channel.VOICEMAIL, "urgent", false).templateKey())
                    .isEqualTo("outreach.message.voicemail");
        }
    }

    @Nested
    class Language {

        @Test
        void writesSpanishToABorrowerWhoPrefersIt() {
            assertThat(composer.compose(borrower(7, 70, "es-MX"), Channel.SMS, "friendly", false).body())
                    .startsWith("¡Hola Pat!");
        }

        @Test
        void writesEnglishForAnyOtherLanguage() {
            assertThat(composer.compose(borrower(7, 70, "fr"), Channel.SMS, "friendly", false).body())
                    .startsWith("Hi Pat!");
            assertThat(composer.compose(borrower(7, 70, null), Channel.SMS, "friendly", false).body())
                    .startsWith("Hi Pat!");
        }

        @Test
        void fillsInAMissingNameAndCreditor() {
            CaseContact noName = new CaseContact(7, 70, "ACC-7", 70, null, "Doe", "en", "IL", "60601", null,
                    List.of(), null, "CARD", BigDecimal.TEN, null, "USD", 35);

            String body = composer.compose(noName, Channel.SMS, "neutral", false).body();

            assertThat(body).startsWith("Hi there,").contains("your credit account", "$10.00");
        }
    }

    @Test
    void writesTheCaliforniaLicenceIntoTextsAndEmailsWhenOneIsRequired() {
        assertThat(composer.compose(borrower(7, 70, "en"), Channel.SMS, "neutral", false, "10012-99").body())
                .contains("California debt collector license number: 10012-99")
                .endsWith("Reply STOP to stop texts to this number.");
        assertThat(composer.compose(borrower(7, 70, "es"), Channel.EMAIL, "neutral", false, "10012-99").body())
                .contains("licencia de cobrador de deudas de California: 10012-99");
        assertThat(composer.compose(borrower(7, 70, "en"), Channel.CALL, "neutral", false, "10012-99").body())
                .doesNotContain("10012-99");
    }

    @Test
    void usesTheInitialDisclosureOnlyWhenNoCommunicationHasTakenPlace() {
        assertThat(composer.compose(borrower(7, 70, "en"), Channel.SMS, "neutral", true).body())
                .contains("any information we get will be used for that purpose");
        assertThat(composer.compose(borrower(7, 70, "en"), Channel.SMS, "neutral", false).body())
                .doesNotContain("information we get");
    }
}
