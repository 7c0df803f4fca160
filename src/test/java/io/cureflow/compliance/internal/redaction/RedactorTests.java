package io.cureflow.compliance.internal.redaction;

import io.cureflow.compliance.Redactor;
import io.cureflow.compliance.Redactor.SensitiveData;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTests {

    private final Redactor redactor = new PersonalDataRedactor();

    @Nested
    class CardNumbers {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "my card is 4111 1111 1111 1111 thanks   | my card is [card ••••1111] thanks",
                "use 5500-0000-0000-0004 please          | use [card ••••0004] please",
                "amex 378282246310005                    | amex [card ••••0005]",
                "amex 3782 822463 10005                  | amex [card ••••0005]",
                "4111111111111111                        | [card ••••1111]",
                "tarjeta 4111-1111-1111-1111, gracias    | tarjeta [card ••••1111], gracias",
                "card 4111 1111 1111 1111 exp 12/27      | card [card ••••1111] exp 12/27",
                "(4111111111111111)                      | ([card ••••1111])"})
        void masksLuhnValidCardNumbersKeepingTheLastFour(String text, String expected) {
            assertThat(redactor.redact(text)).isEqualTo(expected);
            assertThat(redactor.detect(text)).contains(SensitiveData.CARD_NUMBER);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ref 4111 1111 1111 1112", "order 1234567890123456", "id 5500-0000-0000-0005"})
        void leavesANumberThatFailsTheLuhnCheck(String text) {
            assertThat(redactor.redact(text)).isEqualTo(text);
            assertThat(redactor.detect(text)).isEmpty();
        }

        @Test
        void doesNotTakeAPhoneNumberAndAShortNumberForACard() {
            String text = "call 312-555-0123 1234 or +1 312 555 0123";

            assertThat(redactor.redact(text)).isEqualTo(text);
        }
    }

    @Nested
    class SocialSecurityNumbers {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "my ssn 123-45-6789                 | my ssn [ssn]",
                "it is 123 45 6789.                 | it is [ssn].",
                "SSN: 123456789                     | SSN: [ssn]",
                "social security number is 123456789 | social security number is [ssn]",
                "mi seguro social es 123456789      | mi seguro social es [ssn]",
                "número de seguro social: 123-45-6789 | número de seguro social: [ssn]"})
        void masksSsnsWhetherFormattedOrLabelled(String text, String expected) {
            assertThat(redactor.redact(text)).isEqualTo(expected);
            assertThat(redactor.detect(text)).containsExactly(SensitiveData.SSN);
        }

        @Test
        void leavesABareNineDigitNumberWithoutALabel() {
            assertThat(redactor.redact("ticket 123456789 is open")).isEqualTo("ticket 123456789 is open");
        }

        @Test
        void leavesMixedSeparatorsAndZipPlusFour() {
            assertThat(redactor.redact("ZIP 60601-1234, code 123-45 6789")).isEqualTo("ZIP 60601-1234, code 123-45 6789");
        }
    }

    @Nested
    class BankNumbers {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "my account number is 123456789012  | my account number is [account ••••9012]",
                "acct # 00123456                    | acct # [account ••••3456]",
                "checking 9876543210                | checking [account ••••3210]",
                "mi número de cuenta es 12345678    | mi número de cuenta es [account ••••5678]",
                "cuenta de ahorros: 5555 666 777    | cuenta de ahorros: [account ••••6777]"})
        void masksLabelledAccountNumbers(String text, String expected) {
            assertThat(redactor.redact(text)).isEqualTo(expected);
            assertThat(redactor.detect(text)).containsExactly(SensitiveData.BANK_ACCOUNT);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "routing 021000021                  | routing [routing ••••0021]",
                "ABA: 011000015                     | ABA: [routing ••••0015]",
                "número de ruta 021000021           | número de ruta [routing ••••0021]"})
        void masksLabelledRoutingNumbersThatPassTheAbaCheck(String text, String expected) {
            assertThat(redactor.redact(text)).isEqualTo(expected);
            assertThat(redactor.detect(text)).containsExactly(SensitiveData.ROUTING_NUMBER);
        }

        @Test
        void masksRoutingAndAccountInOneSentence() {
            assertThat(redactor.redact("routing 021000021 account 123456789"))
                    .isEqualTo("routing [routing ••••0021] account [account ••••6789]");
        }

        @Test
        void leavesARoutingNumberThatFailsTheAbaCheck() {
            assertThat(redactor.redact("routing 123456789")).isEqualTo("routing 123456789");
        }

        @ParameterizedTest
        @ValueSource(strings = {"the account has $1,234.56 past due", "account ending 1234",
                "your account is 35 days late", "la cuenta tiene un saldo de 150.25",
                "account 1500.00 due", "my account, call 312-555-0123"})
        void leavesAmountsLastFourAndOtherNumbersNearTheWordAccount(String text) {
            assertThat(redactor.redact(text)).isEqualTo(text);
        }
    }

    @Nested
    class DatesOfBirth {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "DOB 04/12/1980                     | DOB [dob]",
                "d.o.b.: 1980-04-12                 | d.o.b.: [dob]",
                "I was born on April 12, 1980       | I was born on [dob]",
                "date of birth 12 April 1980        | date of birth [dob]",
                "my birthday is 4-12-80             | my birthday is [dob]",
                "fecha de nacimiento: 12/04/1980    | fecha de nacimiento: [dob]",
                "nací el 12 de abril de 1980        | nací el [dob]"})
        void masksLabelledDatesOfBirth(String text, String expected) {
            assertThat(redactor.redact(text)).isEqualTo(expected);
            assertThat(redactor.detect(text)).containsExactly(SensitiveData.DATE_OF_BIRTH);
        }

        @ParameterizedTest
        @ValueSource(strings = {"I can pay on 12/15", "I will pay $200 on 12/15/2026", "pagaré el 15 de diciembre",
                "born in 1980"})
        void leavesPromiseDatesAndUnlabelledDates(String text) {
            assertThat(redactor.redact(text)).isEqualTo(text);
        }
    }

    @Nested
    class RealisticMessages {

        @Test
        void masksEverythingInAHostileMessageAndKeepsTheRest() {
            String text = "Hi, I lost my job. Card 4111 1111 1111 1111, SSN 123-45-6789, DOB 01/02/1975, "
                    + "routing 021000021 acct 000123456789. I can pay $50.00 on 12/15. Call 312-555-0123, ZIP 60601.";

            assertThat(redactor.redact(text)).isEqualTo("Hi, I lost my job. Card [card ••••1111], SSN [ssn], DOB [dob], "
                    + "routing [routing ••••0021] acct [account ••••6789]. I can pay $50.00 on 12/15. "
                    + "Call 312-555-0123, ZIP 60601.");
            assertThat(redactor.detect(text)).containsExactlyInAnyOrder(SensitiveData.values());
        }

        @Test
        void leavesAnOrdinaryReplyAlone() {
            String text = "PLAN please, I get paid on the 15th. Can we do 3 payments of $100? My zip is 60601.";

            assertThat(redactor.redact(text)).isEqualTo(text);
            assertThat(redactor.detect(text)).isEmpty();
        }

        @Test
        void acceptsNullAndEmptyText() {
            assertThat(redactor.redact(null)).isNull();
            assertThat(redactor.redact("")).isEmpty();
            assertThat(redactor.detect(null)).isEmpty();
        }
    }

    @Property
    void neverLeavesMoreThanTheLastFourDigitsOfAValidCard(@ForAll @IntRange(min = 0, max = 999_999_999) int seed) {
        String card = withLuhnDigit("4" + String.format("%014d", seed * 7L));

        String redacted = redactor.redact("pay with " + card + " now");

        assertThat(redacted).doesNotContain(card.substring(0, 12)).contains("••••" + card.substring(12));
    }

    private static String withLuhnDigit(String fifteen) {
        for (int check = 0; check <= 9; check++) {
            if (Checksums.luhn(fifteen + check)) {
                return fifteen + check;
            }
        }
        throw new IllegalStateException();
    }
}
