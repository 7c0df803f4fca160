package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ContentFacts;
import io.cureflow.compliance.GuardrailVerdict;
import io.cureflow.compliance.OutboundContent;
import io.cureflow.compliance.OutboundContent.Recipient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import java.util.List;

import static io.cureflow.compliance.internal.content.Guardrails.ILLINOIS;
import static io.cureflow.compliance.internal.content.Guardrails.message;
import static io.cureflow.compliance.internal.content.Guardrails.sms;
import static org.assertj.core.api.Assertions.assertThat;

class ContentGuardrailTests {

    private static final String INITIAL_EN = "This is from a debt collector. We are trying to collect a debt, and any"
            + " information we get will be used for that purpose.";
    private static final String SUBSEQUENT_EN = "This is from a debt collector.";
    private static final String INITIAL_ES = "Este mensaje es de un cobrador de deudas. Intentamos cobrar una deuda y"
            + " cualquier información que obtengamos se usará para ese fin.";
    private static final String SUBSEQUENT_ES = "Este mensaje es de un cobrador de deudas.";
    private static final String OPT_OUT_EN = "Reply STOP to stop texts to this number.";
    private static final String OPT_OUT_ES = "Responda STOP para dejar de recibir mensajes de texto en este número.";
    private static final String BODY_EN = "Hi, this is CureFlow Servicing. We can help with a payment plan.";
    private static final String BODY_ES = "Hola, le escribe CureFlow Servicing. Podemos ayudarle con un plan de pagos.";

    private final ContentGuardrailService guardrail = Guardrails.create();

    private static String smsEn(String middle) {
        return String.join(" ", BODY_EN, middle, SUBSEQUENT_EN, OPT_OUT_EN);
    }

    private List<String> rules(OutboundContent content) {
        return guardrail.check(content).ruleIds();
    }

    @Nested
    class Disclosures {

        @Test
        @DisplayName("1006.18(e)(1): the initial communication carries the mini-Miranda")
        void initialCommunicationNeedsTheFullDisclosure() {
            assertThat(rules(sms(String.join(" ", BODY_EN, INITIAL_EN, OPT_OUT_EN), true))).isEmpty();
            assertThat(guardrail.check(sms(String.join(" ", BODY_EN, SUBSEQUENT_EN, OPT_OUT_EN), true)).violations())
                    .singleElement().satisfies(reason -> {
                        assertThat(reason.rule()).isEqualTo("RF-26");
                        assertThat(reason.citation()).isEqualTo("12 CFR 1006.18(e)(1)");
                    });
        }

        @Test
        @DisplayName("1006.18(e)(2): a subsequent communication says it is from a debt collector")
        void subsequentCommunicationNeedsTheDebtCollectorStatement() {
            assertThat(rules(sms(String.join(" ", BODY_EN, SUBSEQUENT_EN, OPT_OUT_EN), false))).isEmpty();
            assertThat(rules(sms(String.join(" ", BODY_EN, INITIAL_EN, OPT_OUT_EN), false))).isEmpty();
            assertThat(rules(sms(String.join(" ", BODY_EN, OPT_OUT_EN), false))).containsExactly("RF-26");
        }

        @ParameterizedTest
        @ValueSource(strings = {"We are a debt collector.", "This message is from a debt collector.",
                "This communication is from a debt collector."})
        void acceptsReasonableWordingsOfTheSubsequentDisclosure(String disclosure) {
            assertThat(rules(sms(String.join(" ", BODY_EN, disclosure, OPT_OUT_EN), false))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"We are attempting to collect a debt and any information obtained will be used for"
                + " that purpose.", "ABC is attempting to collect a debt. Any information obtained will be used for"
                + " this purpose."})
        void acceptsTheRegulationsOwnWordingOfTheInitialDisclosure(String disclosure) {
            assertThat(rules(sms(String.join(" ", BODY_EN, disclosure, OPT_OUT_EN), true))).isEmpty();
        }

        @Test
        @DisplayName("Model Form B-1: the validation notice's wording of the 1006.18(e)(1) disclosure, en and es")
        void acceptsTheModelFormWordingOfTheInitialDisclosure() {
            assertThat(rules(sms(String.join(" ", BODY_EN, "We are trying to collect a debt that you owe to Acme Bank."
                    + " We will use any information you give us to help collect the debt.", OPT_OUT_EN), true)))
                    .isEmpty();
            assertThat(rules(message(Channel.SMS, "es", true, String.join(" ", BODY_ES, "Estamos tratando de cobrar"
                    + " una deuda que usted le debe a Acme Bank. Usaremos cualquier información que usted nos dé para"
                    + " ayudar a cobrar la deuda.", OPT_OUT_ES)))).isEmpty();
        }

        @Test
        void refusesHalfOfTheModelFormDisclosure() {
            assertThat(rules(sms(String.join(" ", BODY_EN, "We will use any information you give us to help collect"
                    + " the debt.", OPT_OUT_EN), true))).containsExactly("RF-26");
            assertThat(rules(message(Channel.SMS, "es", true, String.join(" ", BODY_ES, "Usaremos cualquier"
                    + " información que usted nos dé para ayudar a cobrar la deuda.", OPT_OUT_ES))))
                    .containsExactly("RF-26");
        }

        @Test
        void anOrdinaryTextWithoutADisclosureIsStillRefused() {
            assertThat(rules(sms(String.join(" ", BODY_EN, OPT_OUT_EN), true))).containsExactly("RF-26");
            assertThat(rules(sms(String.join(" ", BODY_EN, OPT_OUT_EN), false))).containsExactly("RF-26");
        }

        @Test
        void refusesHalfAnInitialDisclosure() {
            assertThat(rules(sms(String.join(" ", BODY_EN, "We are trying to collect a debt.", OPT_OUT_EN), true)))
                    .containsExactly("RF-26");
        }

        @Test
        @DisplayName("1006.18(e)(4): a Spanish message carries the disclosure in Spanish")
        void aSpanishMessageNeedsTheSpanishDisclosure() {
            assertThat(rules(message(Channel.SMS, "es", true, String.join(" ", BODY_ES, INITIAL_ES, OPT_OUT_ES))))
                    .isEmpty();
            assertThat(rules(message(Channel.SMS, "es", true, String.join(" ", BODY_ES, INITIAL_EN, OPT_OUT_ES))))
                    .contains("RF-26");
        }

        @Test
        @DisplayName("comment 18(e)(4)-1.i: a communication partly in English and partly in Spanish discloses in both")
        void comment18e4_1_i_mixedLanguageNeedsBothDisclosures() {
            String mixed = String.join(" ", BODY_EN, BODY_ES, SUBSEQUENT_EN, OPT_OUT_EN);

            GuardrailVerdict verdict = guardrail.check(sms(mixed, false));

            assertThat(verdict.violations()).singleElement().satisfies(reason -> {
                assertThat(reason.rule()).isEqualTo("RF-27");
                assertThat(reason.citation()).isEqualTo("12 CFR 1006.18(e)(4)");
                assertThat(reason.message()).contains("Spanish");
            });
            assertThat(rules(sms(String.join(" ", mixed, SUBSEQUENT_ES), false))).isEmpty();
        }

        @Test
        void aCallScriptCarriesTheDisclosureToo() {
            assertThat(rules(message(Channel.CALL, "en", false, "Hello, this is CureFlow Servicing calling. Press 1"
                    + " to talk with a person."))).containsExactly("RF-26");
        }

        @Test
        void findsTheDisclosureInAnEmailWhateverItsLayout() {
            OutboundContent email = new OutboundContent(Channel.EMAIL, "en", false, "Options for your account",
                    "Hi Pat,\n\nWe can help.\n\nThis is from a\ndebt collector.\nTo stop emails to this address, reply"
                            + " with STOP in the subject line.", ILLINOIS, ContentFacts.NONE);

            assertThat(rules(email)).isEmpty();
        }
    }

    @Nested
    class OptOut {

        @Test
        @DisplayName("comment 6(e)-1.i: \"Reply STOP to stop texts to this telephone number\" is an opt-out")
        void comment6e_1_i_replyStopIsAnOptOut() {
            assertThat(rules(sms(String.join(" ", BODY_EN, SUBSEQUENT_EN,
                    "Reply STOP to stop texts to this telephone number."), false))).isEmpty();
        }

        @Test
        @DisplayName("comment 6(e)-1.ii and iii: an opt-out link or replying stop in the subject line")
        void comment6e_1_ii_iii_emailOptOuts() {
            for (String optOut : List.of("Click here to opt out of further emails to this email address.",
                    "To opt out of further emails to this address, reply with the word stop in the subject line.")) {
                assertThat(rules(message(Channel.EMAIL, "en", false, String.join("\n", BODY_EN, SUBSEQUENT_EN,
                        optOut)))).as(optOut).isEmpty();
            }
        }

        @Test
        void aTextWithoutAnOptOutFails() {
            assertThat(guardrail.check(sms(String.join(" ", BODY_EN, SUBSEQUENT_EN), false)).violations())
                    .singleElement().satisfies(reason -> {
                        assertThat(reason.rule()).isEqualTo("RF-24");
                        assertThat(reason.citation()).isEqualTo("12 CFR 1006.6(e)");
                    });
        }

        @Test
        void aSpanishTextNeedsASpanishOptOut() {
            assertThat(rules(message(Channel.SMS, "es", false, String.join(" ", BODY_ES, SUBSEQUENT_ES, OPT_OUT_EN))))
                    .contains("RF-24");
            assertThat(rules(message(Channel.SMS, "es", false, String.join(" ", BODY_ES, SUBSEQUENT_ES, OPT_OUT_ES))))
                    .isEmpty();
        }

        @Test
        void aCallNeedsNoOptOut() {
            assertThat(rules(message(Channel.CALL, "en", false, BODY_EN + " " + SUBSEQUENT_EN))).isEmpty();
        }
    }

    @Nested
    class ProhibitedPhrases {

        @ParameterizedTest(name = "{1}: {0}")
        @CsvSource(delimiter = '|', value = {
                "If you do not pay, a warrant may be issued for your arrest.  | PC-01",
                "Non-payment can land you in jail.                           | PC-01",
                "Si no paga, irá a la cárcel.                                | PC-01",
                "This could be treated as fraud.                             | PC-02",
                "Government notice: your file is open.                      | PC-06",
                "We will ruin your credit.                                   | PC-07",
                "Learn your rights under federal law: this is a federal notice. | PC-06",
                "Conozca sus derechos según la ley federal; el gobierno le avisa. | PC-06",
                "You have been served with papers; a summons follows.        | PC-08",
                "You must pay in full.                                       | PC-09",
                "Once the debt is sold you lose all your rights.             | PC-10",
                "We will tell your employer about this.                      | PC-11",
                "Stop acting like a deadbeat.                                | PC-12",
                "We know where you live.                                     | PC-13",
                "You cannot dispute this debt.                               | PC-15",
                "You are responsible for your mother's debt.                 | PC-22"})
        void blocksHardCategoriesWhateverTheFacts(String sentence, String rule) {
            OutboundContent content = new OutboundContent(Channel.SMS, sentence.contains("cárcel") ? "es" : "en",
                    false, null, smsEn(sentence), ILLINOIS, new ContentFacts(false, true, true, true, false, true,
                    true));

            assertThat(rules(content)).contains(rule);
        }

        @ParameterizedTest(name = "{1}: {0}")
        @CsvSource(delimiter = '|', value = {
                "We may file a lawsuit against you.          | PC-04",
                "We will take you to court.                  | PC-04",
                "We may garnish your wages.                  | PC-03",
                "Your file is with our attorney.             | PC-05",
                "Final notice: this offer expires tomorrow.  | PC-14",
                "Please pay immediately.                     | PC-15"})
        void blocksFactGatedCategoriesUnlessTheFactsAllowThem(String sentence, String rule) {
            assertThat(rules(sms(smsEn(sentence), false))).contains(rule);

            ContentFacts allowing = new ContentFacts(false, true, true, true, false, true, true);
            assertThat(rules(new OutboundContent(Channel.SMS, "en", false, null, smsEn(sentence), ILLINOIS,
                    allowing))).doesNotContain(rule);
        }

        @Test
        @DisplayName("1006.26(b): a time-barred debt never mentions suit, even with a lawsuit approved")
        void aTimeBarredDebtNeverMentionsSuit() {
            ContentFacts timeBarred = new ContentFacts(true, true, true, true, false, true, true);

            GuardrailVerdict verdict = guardrail.check(new OutboundContent(Channel.SMS, "en", false, null,
                    smsEn("We may sue you."), ILLINOIS, timeBarred));

            assertThat(verdict.violations()).singleElement().satisfies(reason -> {
                assertThat(reason.rule()).isEqualTo("RF-34");
                assertThat(reason.citation()).isEqualTo("12 CFR 1006.26(b)");
            });
        }

        @Test
        void aBankruptcyBlocksThreatsOfSuitAndSeizure() {
            ContentFacts bankrupt = new ContentFacts(false, true, true, false, true, false, false);

            assertThat(rules(new OutboundContent(Channel.SMS, "en", false, null,
                    smsEn("We may sue and garnish your wages."), ILLINOIS, bankrupt)))
                    .containsExactlyInAnyOrder("PC-03", "PC-04");
        }

        @ParameterizedTest
        @ValueSource(strings = {"We can set up a payment plan.", "We can pause payments for a month.",
                "You can talk with a person.", "Reply PLAN, PAUSE or TALK.", "We can issue a new statement.",
                "We will pursue every option to help you.", "Our policy is to help.", "Please call us soon.",
                "If you have an attorney, please tell us.", "Collectors may not tell another person, other than your"
                        + " attorney or spouse, about your debt.", "You may contact the Federal Trade Commission.",
                "They may not harass you by using threats of violence or arrest.",
                "Go to www.cfpb.gov/debt-collection to learn more about your rights under federal law."})
        void letsOrdinaryHelpfulAndRightsWordingThrough(String sentence) {
            assertThat(rules(sms(smsEn(sentence), false))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Podemos preparar un plan de pagos.", "Puede hablar con una persona.",
                "Podemos hacer una pausa breve.", "Si tiene un abogado, díganoslo.", "Con gusto le ayudamos.",
                "Responda STOP para detener los mensajes.", "Si fue damnificado por el huracán, podemos ayudarle.",
                "Visite www.cfpb.gov/debt-collection para conocer sus derechos según la ley federal."})
        void letsOrdinarySpanishWordingThrough(String sentence) {
            assertThat(rules(message(Channel.SMS, "es", false, String.join(" ", BODY_ES, sentence, SUBSEQUENT_ES,
                    OPT_OUT_ES)))).isEmpty();
        }

        @Test
        void matchesSpanishWithoutAccentsAndAnyCase() {
            assertThat(rules(message(Channel.SMS, "es", false, String.join(" ", BODY_ES, "IRA A LA CARCEL.",
                    SUBSEQUENT_ES, OPT_OUT_ES)))).contains("PC-01");
        }

        @Test
        void namesTheCategoryButNeverQuotesTheMessage() {
            ComplianceReason reason = guardrail.check(sms(smsEn("We will call the police."), false))
                    .violations().get(0);

            assertThat(reason.message()).contains("arrest or jail").doesNotContain("police");
        }
    }

    @Nested
    class PersonalData {

        @Test
        void blocksACardNumberAndAnSsnWithoutQuotingThem() {
            GuardrailVerdict verdict = guardrail.check(sms(smsEn("Card 4111 1111 1111 1111, SSN 123-45-6789."), false));

            assertThat(verdict.violations()).singleElement().satisfies(reason -> {
                assertThat(reason.rule()).isEqualTo("PD-01");
                assertThat(reason.message()).contains("a card number", "a Social Security number")
                        .doesNotContain("4111", "6789");
            });
        }

        @Test
        void blocksTheFullAccountNumberButAllowsTheLastFour() {
            assertThat(rules(sms(smsEn("Your account 4000 1234 56789 is late."), false))).containsExactly("PD-01");
            assertThat(rules(sms(smsEn("Your account ending 6789 is late."), false))).isEmpty();
        }

        @Test
        void blocksADateOfBirth() {
            assertThat(rules(sms(smsEn("We have your DOB as 01/02/1975."), false))).containsExactly("PD-01");
        }

        @Test
        void allowsAmountsAndPromiseDatesInTexts() {
            assertThat(rules(sms(smsEn("The account has $150.25 past due; your next payment is on 12/15."), false)))
                    .isEmpty();
        }

        @Test
        void keepsAmountsAndAccountsOutOfVoicemails() {
            assertThat(rules(Guardrails.voicemail("This is Robin Smith calling from ABC Inc. Please call me at"
                    + " 1-800-555-1212 about 150 dollars."))).contains("PD-01");
        }
    }

    @Nested
    class SmsLength {

        @Test
        void allowsATextUpToTheConfiguredSegments() {
            String body = smsEn("a".repeat(8 * 153 - smsEn("").length() - 1));

            assertThat(SmsSegments.of(body).segments()).isEqualTo(8);
            assertThat(rules(sms(body, false))).isEmpty();
        }

        @Test
        void blocksALongerText() {
            String body = smsEn("a".repeat(8 * 153));

            GuardrailVerdict verdict = guardrail.check(sms(body, false));

            assertThat(verdict.violations()).singleElement().satisfies(reason -> {
                assertThat(reason.rule()).isEqualTo("SMS-01");
                assertThat(reason.message()).contains("9 SMS segments (GSM_7)", "at most 8");
            });
        }

        @Test
        void countsASpanishTextInUcs2Segments() {
            ContentGuardrailService strict = Guardrails.create(new ContentProperties(2, "",
                    new ClassPathResource("compliance/content-phrases.yml")));
            String body = String.join(" ", BODY_ES, SUBSEQUENT_ES, OPT_OUT_ES);

            assertThat(strict.check(message(Channel.SMS, "es", false, body)).ruleIds()).containsExactly("SMS-01");
        }

        @Test
        void leavesEmailsAlone() {
            assertThat(rules(message(Channel.EMAIL, "en", false, String.join("\n", "x".repeat(5000), SUBSEQUENT_EN,
                    "Reply with STOP in the subject line to stop emails.")))).isEmpty();
        }
    }

    @Nested
    class California {

        private final ContentGuardrailService licensed = Guardrails.create(new ContentProperties(6, "10012-99",
                new ClassPathResource("compliance/content-phrases.yml")));
        private final Recipient californian = new Recipient("CA", "94103", "en", List.of("Pat"), null);

        @Test
        void requiresTheLicenceNumberInTextsAndEmailsToCalifornia() {
            OutboundContent without = new OutboundContent(Channel.SMS, "en", false, null, smsEn(""), californian,
                    ContentFacts.NONE);
            OutboundContent with = new OutboundContent(Channel.EMAIL, "en", false, null, String.join("\n", BODY_EN,
                    SUBSEQUENT_EN, "Reply with STOP in the subject line to stop emails.",
                    "California license #10012-99"), californian, ContentFacts.NONE);

            assertThat(licensed.check(without).violations()).singleElement().satisfies(reason -> {
                assertThat(reason.rule()).isEqualTo("CA-03");
                assertThat(reason.citation()).isEqualTo("Cal. Civ. Code 1788.11");
            });
            assertThat(licensed.check(with).violations()).isEmpty();
        }

        @Test
        void requiresNothingOutsideCaliforniaNorForCallsNorWithoutALicence() {
            assertThat(licensed.check(sms(smsEn(""), false)).violations()).isEmpty();
            assertThat(licensed.check(new OutboundContent(Channel.CALL, "en", false, null, BODY_EN + " "
                    + SUBSEQUENT_EN, californian, ContentFacts.NONE)).violations()).isEmpty();
            assertThat(guardrail.check(new OutboundContent(Channel.SMS, "en", false, null, smsEn(""), californian,
                    ContentFacts.NONE)).violations()).isEmpty();
        }

        @Test
        void tellsTheComposerWhichLicenceToShow() {
            assertThat(licensed.requiredLicenceNumber("CA")).contains("10012-99");
            assertThat(licensed.requiredLicenceNumber("NV")).isEmpty();
            assertThat(guardrail.requiredLicenceNumber("CA")).isEmpty();
        }
    }

    @Nested
    class NewYorkCityLanguage {

        /** The same city as the NYC-02 pack: its configured ZIP prefixes, erring toward the city (prefix 110). */
        @ParameterizedTest
        @CsvSource({"NY, 10001, true", "NY, 10301, true", "NY, 10451, true", "NY, 11201, true", "NY, 11375, true",
                "NY, 11004, true", "NY, 11001, true", "New York, 11201, true", "NY, '', true", "NJ, 10001, true",
                "NY, 11550, false", "NY, 12207, false", "NJ, 07302, false"})
        void knowsTheCityAsTheNewYorkCityPackDoes(String state, String zip, boolean inCity) {
            Recipient recipient = new Recipient(state, zip, "es", List.of("Pat"), null);

            GuardrailVerdict verdict = guardrail.check(new OutboundContent(Channel.SMS, "en", false, null,
                    smsEn(""), recipient, ContentFacts.NONE));

            assertThat(verdict.violations().stream().anyMatch(reason -> reason.rule().equals("NYC-01")))
                    .isEqualTo(inCity);
        }

        @Test
        void blocksAnEnglishMessageToAConsumerInTheCityWhoPrefersSpanish() {
            Recipient brooklyn = new Recipient("NY", "11211", "es", List.of("Pat"), null);

            GuardrailVerdict verdict = guardrail.check(new OutboundContent(Channel.SMS, "en", false, null,
                    smsEn(""), brooklyn, ContentFacts.NONE));

            assertThat(verdict.violations()).singleElement().satisfies(reason -> {
                assertThat(reason.rule()).isEqualTo("NYC-01");
                assertThat(reason.message()).contains("prefers Spanish", "is in English");
            });
        }

        @Test
        void allowsTheMatchingLanguageAndConsumersOutsideTheCity() {
            Recipient brooklyn = new Recipient("NY", "11211", "es-US", List.of("Pat"), null);
            Recipient albany = new Recipient("NY", "12207", "es", List.of("Pat"), null);

            assertThat(guardrail.check(new OutboundContent(Channel.SMS, "es", false, null, String.join(" ", BODY_ES,
                    SUBSEQUENT_ES, OPT_OUT_ES), brooklyn, ContentFacts.NONE)).violations()).isEmpty();
            assertThat(guardrail.check(new OutboundContent(Channel.SMS, "en", false, null, smsEn(""), albany,
                    ContentFacts.NONE)).violations()).isEmpty();
        }
    }

    @Test
    void neverPrintsTheBodyOrTheRecipient() {
        OutboundContent content = sms(smsEn("Card 4111 1111 1111 1111"), false);

        assertThat(content.toString()).doesNotContain("4111", "Pat", "4000123456789", "CureFlow");
    }
}
