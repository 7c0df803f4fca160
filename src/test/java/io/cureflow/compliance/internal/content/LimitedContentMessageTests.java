package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.GuardrailVerdict;
import io.cureflow.compliance.internal.content.LimitedContentMessage.Slot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.cureflow.compliance.internal.content.Guardrails.voicemail;
import static org.assertj.core.api.Assertions.assertThat;

/** Reg F §1006.2(j): the official example messages pass; anything beyond the slots fails. */
class LimitedContentMessageTests {

    private static final String REQUIRED_ONLY =
            "This is Robin Smith calling from ABC Inc. Please contact me or Jim Johnson at 1-800-555-1212.";
    private static final String WITH_OPTIONAL_CONTENT = "Hi, this is Robin Smith calling from ABC Inc. It is 4:15 p.m."
            + " on Wednesday, September 1. Please contact me or any of our representatives at 1-800-555-1212 today"
            + " until 6:00 p.m. Eastern time, or any weekday from 8:00 a.m. to 6:00 p.m. Eastern time.";

    private final ContentGuardrailService guardrail = Guardrails.create();

    @Nested
    class OfficialExamples {

        @Test
        @DisplayName("comment 2(j)(1)-1: the message with only the required content is a limited-content message")
        void comment2j1_1_requiredContentOnlyPasses() {
            assertThat(guardrail.check(voicemail(REQUIRED_ONLY)).violations()).isEmpty();
            assertThat(LimitedContentMessage.read(REQUIRED_ONLY).present())
                    .containsExactlyInAnyOrder(Slot.values());
        }

        @Test
        @DisplayName("comment 2(j)(2)-2: salutation, date and time, reply times and any representative are allowed")
        void comment2j2_2_optionalContentPasses() {
            assertThat(guardrail.check(voicemail(WITH_OPTIONAL_CONTENT)).violations()).isEmpty();
        }

        @Test
        void readsTheOfficialExampleAsTheCaller() {
            LimitedContentMessage.Reading reading = LimitedContentMessage.read(WITH_OPTIONAL_CONTENT);

            assertThat(reading.closed()).isTrue();
            assertThat(reading.businessNames()).containsExactly("ABC Inc");
            assertThat(reading.missing()).isEmpty();
        }
    }

    @Nested
    class CureFlowsOwnVoicemails {

        @ParameterizedTest
        @ValueSource(strings = {
                "Hello, this is Alex Morgan from CureFlow Servicing. Please call me or any of our representatives at"
                        + " 1-800-555-0100. Thank you.",
                "Hola, le habla Alex Morgan de CureFlow Servicing. Por favor, llámeme a mí o a cualquiera de nuestros"
                        + " representantes al 1-800-555-0100. Gracias.",
                "Good morning, my name is Alex Morgan and I'm calling from CureFlow Servicing. You can reach me at"
                        + " (800) 555-0100 weekdays from 9 a.m. to 5 p.m. Central time. Any of our representatives can"
                        + " help you. Have a good day.",
                "Buenas tardes, soy Ana Ruiz de CureFlow Servicing. Son las 3:30 p. m. del martes 2 de marzo."
                        + " Llámeme o a Luis Pérez al 800-555-0100 de lunes a viernes de 8:00 a 18:00."})
        void passesLimitedContentMessagesInEnglishAndSpanish(String message) {
            assertThat(guardrail.check(voicemail(message)).violations()).isEmpty();
        }
    }

    @Nested
    class NotLimitedContent {

        @Test
        @DisplayName("comment 2(j)-1: a debt collector statement and a request to speak to the consumer fail")
        void comment2j_1_debtCollectorStatementAndNamedConsumerFail() {
            GuardrailVerdict verdict = guardrail.check(voicemail("This is Robin Smith calling from ABC Inc. This is a"
                    + " debt collector. Please have Pat Doe contact me at 1-800-555-1212."));

            assertThat(verdict.ruleIds()).containsExactly(LimitedContentCheck.RULE);
            assertThat(verdict.violations()).extracting(ComplianceReason::message)
                    .anyMatch(message -> message.contains("says more than a limited-content message"))
                    .anyMatch(message -> message.contains("names the consumer"))
                    .anyMatch(message -> message.contains("refers to a debt"));
        }

        @Test
        @DisplayName("comment 2(j)(2)-1: a more detailed description of the representative group fails")
        void comment2j2_1_receivablesGroupFails() {
            GuardrailVerdict verdict = guardrail.check(voicemail("This is Robin Smith calling from ABC Inc. Please"
                    + " contact me or an agent with the credit card receivables group at 1-800-555-1212."));

            assertThat(verdict.passed()).isFalse();
            assertThat(verdict.ruleIds()).containsExactly(LimitedContentCheck.RULE);
        }

        @Test
        @DisplayName("1006.2(j)(1)(i): a business name that indicates debt collection fails")
        void collectionBusinessNameFails() {
            GuardrailVerdict verdict = guardrail.check(voicemail(
                    "This is Robin Smith calling from ABC Collections. Please call me at 1-800-555-1212."));

            assertThat(verdict.violations()).extracting(ComplianceReason::message)
                    .anyMatch(message -> message.contains("business name indicates debt collection"));
        }

        @Test
        void anAmountAndAnAccountFail() {
            GuardrailVerdict verdict = guardrail.check(voicemail("This is Robin Smith calling from ABC Inc about your"
                    + " account balance of $150.25. Please call me at 1-800-555-1212."));

            assertThat(verdict.ruleIds()).containsExactlyInAnyOrder(LimitedContentCheck.RULE, PersonalDataCheck.RULE);
        }

        @Test
        void theCollectionsDepartmentFails() {
            assertThat(guardrail.check(voicemail("This is Robin Smith from ABC Inc. Please call our collections"
                    + " department at 1-800-555-1212.")).passed()).isFalse();
        }

        @Test
        void theConsumersNameInTheSalutationFails() {
            assertThat(guardrail.check(voicemail("Hi Pat, this is Robin Smith calling from ABC Inc. Please contact me"
                    + " at 1-800-555-1212.")).passed()).isFalse();
        }

        @Test
        void falseUrgencyDressedAsATimeFails() {
            assertThat(guardrail.check(voicemail("This is Robin Smith calling from ABC Inc. It is important that you"
                    + " call me today at 1-800-555-1212.")).passed()).isFalse();
        }

        @Test
        void spanishDebtWordsFail() {
            assertThat(guardrail.check(voicemail("Hola, le habla Ana Ruiz de ABC Inc. Llámeme al 800-555-0100 sobre"
                    + " su deuda.")).passed()).isFalse();
        }

        @Test
        void aMissingPhoneNumberFails() {
            GuardrailVerdict verdict = guardrail.check(voicemail("This is Robin Smith calling from ABC Inc. Please"
                    + " call me back."));

            assertThat(verdict.violations()).singleElement().extracting(ComplianceReason::message).asString()
                    .contains("a phone number to reply to");
        }

        @Test
        void aMissingPersonFails() {
            GuardrailVerdict verdict = guardrail.check(voicemail("This is ABC Inc. Please call us at 1-800-555-1212."));

            assertThat(verdict.violations()).singleElement().extracting(ComplianceReason::message).asString()
                    .contains("the name of a person to contact").doesNotContain("a phone number");
        }

        @Test
        void aMissingBusinessNameFails() {
            GuardrailVerdict verdict = guardrail.check(voicemail("Please call Robin Smith at 1-800-555-1212."));

            assertThat(verdict.violations()).singleElement().extracting(ComplianceReason::message).asString()
                    .contains("a business name");
        }
    }
}
