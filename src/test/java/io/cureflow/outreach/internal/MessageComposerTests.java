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
                    for (int step : new int[]{1, 2}) {
                        all.add(Arguments.of(channel, tone, language, step));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} step {3}")
    @MethodSource("everyChannelToneAndLanguage")
    void writesACompleteMessageWithTheRequiredLines(Channel channel, String tone, String language, int step) {
        ComposedText text = composer.compose(borrower(7, 70, language), channel, step, tone);
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
        String body = composer.compose(borrower(7, 70, "en"), Channel.SMS, 2, "urgent").body();

        assertThat(body.indexOf("payment plan")).isLessThan(body.indexOf("$150.25"));
        assertThat(body).contains("pause", "talk with a person");
    }

    @Nested
    class Tone {

        @Test
        void usesTheRequestedTonesTemplate() {
            assertThat(composer.compose(borrower(7, 70, "en"), Channel.SMS, 2, "Supportive").templateKey())
                    .isEqualTo("outreach.message.sms.supportive");
        }

        @ParameterizedTest
        @EnumSource(value = Channel.class, names = {"SMS", "EMAIL", "CALL"})
        void fallsBackToNeutralForAnUnknownTone(Channel channel) {
            assertThat(composer.compose(borrower(7, 70, "en"), channel, 2, "sarcastic").templateKey())
                    .endsWith(".neutral");
            assertThat(composer.compose(borrower(7, 70, "en"), channel, 2, null).templateKey())
                    .endsWith(".neutral");
            assertThat(composer.compose(borrower(7, 70, "en"), channel, 2, "../../x").templateKey())
                    .endsWith(".neutral");
        }

        @Test
        void keepsTheVoicemailToItsLimitedContentWhateverTheTone() {
            assertThat(composer.compose(borrower(7, 70, "en"), Channel.VOICEMAIL, 2, "urgent").templateKey())
                    .isEqualTo("outreach.message.voicemail");
        }
    }

    @Nested
    class Language {

        @Test
        void writesSpanishToABorrowerWhoPrefersIt() {
            assertThat(composer.compose(borrower(7, 70, "es-MX"), Channel.SMS, 2, "friendly").body())
                    .startsWith("¡Hola Pat!");
        }

        @Test
        void writesEnglishForAnyOtherLanguage() {
            assertThat(composer.compose(borrower(7, 70, "fr"), Channel.SMS, 2, "friendly").body())
                    .startsWith("Hi Pat!");
            assertThat(composer.compose(borrower(7, 70, null), Channel.SMS, 2, "friendly").body())
                    .startsWith("Hi Pat!");
        }

        @Test
        void fillsInAMissingNameAndCreditor() {
            CaseContact noName = new CaseContact(7, 70, "ACC-7", 70, null, "Doe", "en", "IL", "60601", null,
                    List.of(), null, "CARD", BigDecimal.TEN, null, "USD", 35);

            String body = composer.compose(noName, Channel.SMS, 2, "neutral").body();

            assertThat(body).startsWith("Hi there,").contains("your credit account", "$10.00");
        }
    }

    @Test
    void usesTheInitialDisclosureOnTheFirstStepOnly() {
        assertThat(composer.compose(borrower(7, 70, "en"), Channel.SMS, 1, "neutral").body())
                .contains("any information we get will be used for that purpose");
        assertThat(composer.compose(borrower(7, 70, "en"), Channel.SMS, 2, "neutral").body())
                .doesNotContain("information we get");
    }
}
