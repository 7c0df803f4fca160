package io.cureflow.outreach.internal.compose;

import io.cureflow.compliance.Channel;
import io.cureflow.outreach.internal.OutreachProperties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateMessageWriterTests {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final MessageTemplates TEMPLATES = new MessageTemplates();

    private final TemplateMessageWriter writer = new TemplateMessageWriter(TEMPLATES, ComposeProperties.defaults(),
            new OutreachProperties(OutreachProperties.Mode.SANDBOX, "CureFlow Servicing", "1-800-555-0100",
                    "Alex Morgan"));

    static MessageBrief brief(Channel channel, int step, String tone, Locale locale) {
        boolean spanish = locale.getLanguage().equals("es");
        return new MessageBrief(channel, step, tone, locale, "José", "$150.25", "Acme Bank", "CureFlow Servicing",
                "1-800-555-0100", "https://pay.cureflow.example/pay/abc234", spanish
                ? "Este mensaje es de un cobrador de deudas." : "This is from a debt collector.", false,
                channel == Channel.SMS ? (spanish ? "Responda STOP para dejar de recibir mensajes de texto."
                        : "Reply STOP to stop texts to this number.")
                        : channel == Channel.EMAIL ? "To stop emails, reply with STOP in the subject line." : null,
                null, 4);
    }

    @Test
    void shipsTwoVariantsForEveryChannelToneAndLanguage() {
        for (String channel : List.of("sms", "email", "call")) {
            for (String tone : List.of("neutral", "friendly", "supportive", "urgent")) {
                for (String language : List.of("en", "es")) {
                    assertThat(TEMPLATES.variants(channel + "/" + tone + "/" + language)).as(channel + tone + language)
                            .containsExactly("a", "b");
                }
            }
        }
        assertThat(TEMPLATES.variants("voicemail/en")).containsExactly("a", "b");
        assertThat(TEMPLATES.variants("voicemail/es")).containsExactly("a", "b");
    }

    @Nested
    class Variants {

        @Test
        void keepsOneVariantPerCaseAndSlot() {
            MessageBrief brief = brief(Channel.SMS, 1, "supportive", Locale.ENGLISH);

            String first = writer.write(brief, 4711L).provenance().templateVariant();
            for (int i = 0; i < 5; i++) {
                assertThat(writer.write(brief, 4711L).provenance().templateVariant()).isEqualTo(first);
            }
            assertThat(writer.write(brief(Channel.SMS, 3, "supportive", Locale.ENGLISH), 4711L).provenance()
                    .templateVariant()).startsWith("sms/follow-up/supportive/en#");
        }

        @Test
        void splitsTheCasesEvenlyBetweenTheVariants() {
            Map<String, Integer> counts = new HashMap<>();
            LongStream.rangeClosed(1, 1000).forEach(caseId -> counts.merge(
                    writer.write(brief(Channel.EMAIL, 1, "neutral", Locale.ENGLISH), caseId).provenance()
                            .templateVariant(), 1, Integer::sum));

            assertThat(counts).containsOnlyKeys("email/first/neutral/en#a", "email/first/neutral/en#b");
            assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(430, 570));
        }

        @Test
        void writesTheChosenVariant() {
            WrittenMessage a = writer.writeVariant(brief(Channel.SMS, 1, "neutral", Locale.ENGLISH), "a");
            WrittenMessage b = writer.writeVariant(brief(Channel.SMS, 1, "neutral", Locale.ENGLISH), "b");

            assertThat(a.body()).isNotEqualTo(b.body());
            assertThat(a.provenance()).isEqualTo(new Provenance("template", "sms/first/neutral/en#a", null, null));
        }
    }

    @Nested
    class Slots {

        @ParameterizedTest(name = "step {0} is {1}")
        @CsvSource({"1,FIRST", "2,FOLLOW_UP", "3,FOLLOW_UP", "4,LATE", "9,LATE", "0,FIRST"})
        void mapsTheJourneyStepToItsSlot(int step, Slot slot) {
            assertThat(Slot.of(step, ComposeProperties.defaults())).isEqualTo(slot);
        }

        @Test
        void introducesItselfFirstAndSaysSoOnAFollowUp() {
            assertThat(writer.writeVariant(brief(Channel.SMS, 1, "neutral", Locale.ENGLISH), "a").body())
                    .startsWith("Hi José, this is CureFlow Servicing about your Acme Bank account.");
            assertThat(writer.writeVariant(brief(Channel.SMS, 2, "neutral", Locale.ENGLISH), "a").body())
                    .startsWith("Hi José, this is CureFlow Servicing again");
            assertThat(writer.writeVariant(brief(Channel.SMS, 5, "neutral", Locale.ENGLISH), "a").body())
                    .contains("still behind");
        }
    }

    @Nested
    class Tones {

        @Test
        void writesTheRequestedTone() {
            assertThat(writer.write(brief(Channel.SMS, 1, " Supportive ", Locale.ENGLISH), 7L).provenance()
                    .templateVariant()).startsWith("sms/first/supportive/en#");
        }

        @Test
        void fallsBackToNeutralForAnUnknownOrOddTone() {
            for (String tone : new String[]{"sarcastic", null, "../../x", ""}) {
                assertThat(writer.write(brief(Channel.EMAIL, 1, tone, Locale.ENGLISH), 7L).provenance()
                        .templateVariant()).startsWith("email/first/neutral/en#");
            }
        }

        @Test
        void keepsTheVoicemailToItsLimitedContentWhateverTheTone() {
            WrittenMessage voicemail = writer.write(brief(Channel.VOICEMAIL, 4, "urgent", Locale.ENGLISH), 7L);

            assertThat(voicemail.provenance().templateVariant()).matches("voicemail/late/limited/en#[ab]");
            assertThat(voicemail.body()).contains("Alex Morgan", "CureFlow Servicing", "1-800-555-0100")
                    .doesNotContain("José", "150", "Acme", "debt", "pay");
        }
    }

    @Nested
    class Shape {

        @Test
        void putsTheEmailSubjectOnItsOwnAndKeepsTheBodysParagraphs() {
            WrittenMessage email = writer.writeVariant(brief(Channel.EMAIL, 1, "supportive", Locale.ENGLISH), "a");

            assertThat(email.subject()).isEqualTo("We are here to help, José");
            assertThat(email.body()).startsWith("Hi José,\n\n").contains("\n- a short pause on payments\n")
                    .doesNotContain("\n\n\n", "  ").endsWith("reply with STOP in the subject line.");
        }

        @Test
        void writesATextOnOneLineInGsm7EvenInSpanish() {
            WrittenMessage sms = writer.writeVariant(brief(Channel.SMS, 1, "supportive", SPANISH), "a");

            assertThat(sms.body()).doesNotContain("\n", "  ", "á", "í", "ó", "ú").contains("José", "dificil");
            assertThat(SmsSegmentCounter.isGsm7(sms.body())).isTrue();
        }

        @Test
        void writesACallScriptWithTheDisclosureUpFront() {
            WrittenMessage call = writer.writeVariant(brief(Channel.CALL, 2, "friendly", SPANISH), "b");

            assertThat(call.subject()).isNull();
            assertThat(call.body().lines().findFirst().orElseThrow()).contains("de un cobrador de deudas");
            assertThat(call.body()).doesNotContain("\n\n").contains("Marque 1");
        }
    }
}
