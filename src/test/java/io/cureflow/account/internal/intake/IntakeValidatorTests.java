package io.cureflow.account.internal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.cureflow.account.internal.AccountData;
import io.cureflow.account.internal.BorrowerData;
import io.cureflow.account.internal.PhoneData;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntakeValidatorTests {

    final IntakeValidator validator = new IntakeValidator();
    final Map<IntakeField, String> values = new EnumMap<>(IntakeField.class);
    final List<FieldProblem> problems = new ArrayList<>();

    IntakeValidatorTests() {
        values.put(IntakeField.ACCOUNT_ID, "A1");
        values.put(IntakeField.BORROWER_ID, "B1");
        values.put(IntakeField.FIRST_NAME, "Ana");
        values.put(IntakeField.LAST_NAME, "Lopez");
        values.put(IntakeField.STATE, "ny");
        values.put(IntakeField.ZIP, "10001-1234");
        values.put(IntakeField.CREDITOR, "Acme");
        values.put(IntakeField.PRODUCT, "card");
        values.put(IntakeField.BALANCE, "10.5");
        values.put(IntakeField.DUE_DATE, "2026-09-01");
        values.put(IntakeField.DAYS_PAST_DUE, "7");
    }

    BorrowerData borrower() {
        return validator.borrower(values::get, problems);
    }

    AccountData account() {
        return validator.account(values::get, problems);
    }

    @Test
    void appliesDefaultsForOptionalFields() {
        BorrowerData borrower = borrower();
        AccountData account = account();

        assertThat(problems).isEmpty();
        assertThat(borrower.language()).isEqualTo("en");
        assertThat(borrower.state()).isEqualTo("NY");
        assertThat(borrower.phones()).isEmpty();
        assertThat(borrower.email()).isNull();
        assertThat(account.currency()).isEqualTo("USD");
        assertThat(account.balance()).isEqualByComparingTo("10.50");
        assertThat(account.balance().scale()).isEqualTo(2);
    }

    @Test
    void normalisesPhonesToE164AndDropsARepeatedNumber() {
        values.put(IntakeField.PHONE, "(212) 555-0123");
        values.put(IntakeField.PHONE2, "+1 212 555 0123");

        assertThat(borrower().phones()).extracting(PhoneData::e164).containsExactly("+12125550123");
    }

    @Test
    void lowerCasesEmails() {
        values.put(IntakeField.EMAIL, " Ana.Lopez@Example.COM ");

        assertThat(borrower().email()).isEqualTo("ana.lopez@example.com");
    }

    @Test
    void acceptsPuertoRicoAndTheDistrictOfColumbia() {
        values.put(IntakeField.STATE, "PR");
        assertThat(borrower()).isNotNull();
        values.put(IntakeField.STATE, "dc");
        assertThat(borrower().state()).isEqualTo("DC");
    }

    @ParameterizedTest
    @CsvSource({
            "PHONE, 555-0100, INVALID_PHONE",
            "EMAIL, ana@, INVALID_EMAIL",
            "STATE, XX, UNKNOWN_STATE",
            "ZIP, 1000, INVALID_ZIP",
            "ZIP, 10001-12, INVALID_ZIP",
            "TIME_ZONE, EST5EDT2, UNKNOWN_TIME_ZONE",
            "LANGUAGE, eng, UNKNOWN_LANGUAGE",
            "FIRST_NAME, '', REQUIRED"
    })
    void rejectsABadBorrowerField(IntakeField field, String value, Reason reason) {
        values.put(field, value);

        assertThat(borrower()).isNull();
        assertThat(problems).containsExactly(new FieldProblem(field, reason));
    }

    @ParameterizedTest
    @CsvSource({
            "BALANCE, -0.01, NEGATIVE",
            "BALANCE, 1e3, NOT_A_NUMBER",
            "BALANCE, '1,000', NOT_A_NUMBER",
            "BALANCE, 1.001, TOO_MANY_DECIMALS",
            "BALANCE, 123456789012345678, TOO_LARGE",
            "CURRENCY, usdx, UNKNOWN_CURRENCY",
            "CURRENCY, ABC, UNKNOWN_CURRENCY",
            "DUE_DATE, 2026-9-1, INVALID_DATE",
            "DUE_DATE, 2026-02-29, INVALID_DATE",
            "DUE_DATE, 2026-09-01T00:00, INVALID_DATE",
            "DAYS_PAST_DUE, 1.0, NOT_A_WHOLE_NUMBER",
            "DAYS_PAST_DUE, -1, NEGATIVE",
            "DAYS_PAST_DUE, 100000, TOO_LARGE",
            "ACCOUNT_ID, '', REQUIRED"
    })
    void rejectsABadAccountField(IntakeField field, String value, Reason reason) {
        values.put(field, value);

        assertThat(account()).isNull();
        assertThat(problems).containsExactly(new FieldProblem(field, reason));
    }

    @Test
    void acceptsTrailingZerosBeyondTwoDecimals() {
        values.put(IntakeField.BALANCE, "12.500");

        assertThat(account().balance()).isEqualByComparingTo("12.50");
    }
}
