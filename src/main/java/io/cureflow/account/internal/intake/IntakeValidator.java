package io.cureflow.account.internal.intake;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.cureflow.account.internal.AccountData;
import io.cureflow.account.internal.BorrowerData;
import io.cureflow.account.internal.LineType;
import io.cureflow.account.internal.PhoneData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks one intake record, whether it came from a CSV row or from JSON, and turns it into validated data. Reports every
 * problem of the record, not only the first.
 */
@Component
public class IntakeValidator {

    static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
            "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int ID_LENGTH = 64;
    private static final int NAME_LENGTH = 100;
    private static final int ADDRESS_LENGTH = 200;
    private static final int EMAIL_LENGTH = 254;
    private static final int MAX_DAYS_PAST_DUE = 9999;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999999.99");
    private static final String DEFAULT_REGION = "US";

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    /** @param values the trimmed value of each field; empty or null when absent */
    public BorrowerData borrower(Function<IntakeField, String> values, List<FieldProblem> problems) {
        FieldCheck check = new FieldCheck(values, problems);
        String externalId = check.text(IntakeField.BORROWER_ID, ID_LENGTH);
        String firstName = check.text(IntakeField.FIRST_NAME, NAME_LENGTH);
        String lastName = check.text(IntakeField.LAST_NAME, NAME_LENGTH);
        List<PhoneData> phoneNumbers = new ArrayList<>(2);
        phone(check, IntakeField.PHONE, phoneNumbers);
        phone(check, IntakeField.PHONE2, phoneNumbers);
        String email = email(check);
        String addressLine1 = check.text(IntakeField.ADDRESS_LINE1, ADDRESS_LENGTH);
        String city = check.text(IntakeField.CITY, NAME_LENGTH);
        String state = check.coded(IntakeField.STATE, value -> value.toUpperCase(Locale.ROOT), STATES::contains,
                Reason.UNKNOWN_STATE);
        String zip = check.coded(IntakeField.ZIP, value -> value, value -> ZIP.matcher(value).matches(),
                Reason.INVALID_ZIP);
        String timeZone = check.coded(IntakeField.TIME_ZONE, value -> value, ZONES::contains,
                Reason.UNKNOWN_TIME_ZONE);
        String language = check.coded(IntakeField.LANGUAGE, value -> value.toLowerCase(Locale.ROOT),
                value -> value.length() == 2 && LANGUAGES.contains(value), Reason.UNKNOWN_LANGUAGE);
        if (check.failed()) {
            return null;
        }
        return new BorrowerData(externalId, firstName, lastName, language == null ? "en" : language, addressLine1,
                city, state, zip, timeZone, List.copyOf(phoneNumbers), email);
    }

    public AccountData account(Function<IntakeField, String> values, List<FieldProblem> problems) {
        FieldCheck check = new FieldCheck(values, problems);
        String externalId = check.text(IntakeField.ACCOUNT_ID, ID_LENGTH);
        String creditor = check.text(IntakeField.CREDITOR, NAME_LENGTH);
        String product = check.text(IntakeField.PRODUCT, NAME_LENGTH);
        BigDecimal balance = amount(check, IntakeField.BALANCE);
        String currency = check.coded(IntakeField.CURRENCY, value -> value.toUpperCase(Locale.ROOT),
                IntakeValidator::isCurrency, Reason.UNKNOWN_CURRENCY);
        LocalDate dueDate = date(check, IntakeField.DUE_DATE);
        Integer daysPastDue = daysPastDue(check);
        if (check.failed()) {
            return null;
        }
        return new AccountData(externalId, creditor, product, balance, currency == null ? "USD" : currency, dueDate,
                daysPastDue);
    }

    private void phone(FieldCheck check, IntakeField field, List<PhoneData> into) {
        String value = check.value(field);
        if (value == null) {
            return;
        }
        try {
            PhoneNumber number = phones.parse(value, DEFAULT_REGION);
            if (!phones.isValidNumber(number)) {
                check.problem(field, Reason.INVALID_PHONE);
                return;
            }
            String e164 = phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            if (into.stream().noneMatch(known -> known.e164().equals(e164))) {
                into.add(new PhoneData(e164, LineType.of(phones.getNumberType(number))));
            }
        } catch (NumberParseException e) {
            check.problem(field, Reason.INVALID_PHONE);
        }
    }

    private static String email(FieldCheck check) {
        String value = check.value(IntakeField.EMAIL);
        if (value == null) {
            return null;
        }
        if (value.length() > EMAIL_LENGTH || !EMAIL.matcher(value).matches()) {
            check.problem(IntakeField.EMAIL, Reason.INVALID_EMAIL);
            return null;
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static BigDecimal amount(FieldCheck check, IntakeField field) {
        String value = check.required(field);
        if (value == null) {
            return null;
        }
        if (!NUMBER.matcher(value).matches()) {
            check.problem(field, Reason.NOT_A_NUMBER);
            return null;
        }
        BigDecimal amount = new BigDecimal(value);
        boolean valid = true;
        if (amount.signum() < 0) {
            check.problem(field, Reason.NEGATIVE);
            valid = false;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            check.problem(field, Reason.TOO_MANY_DECIMALS);
            valid = false;
        }
        if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
            check.problem(field, Reason.TOO_LARGE);
            valid = false;
        }
        return valid ? amount.setScale(2, RoundingMode.UNNECESSARY) : null;
    }

    private static LocalDate date(FieldCheck check, IntakeField field) {
        String value = check.required(field);
        if (value == null) {
            return null;
        }
        try {
            if (DATE.matcher(value).matches()) {
                return LocalDate.parse(value, ISO_DATE);
            }
        } catch (DateTimeParseException e) {
            // falls through to the problem below
        }
        check.problem(field, Reason.INVALID_DATE);
        return null;
    }

    private static Integer daysPastDue(FieldCheck check) {
        String value = check.required(IntakeField.DAYS_PAST_DUE);
        if (value == null) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            check.problem(IntakeField.DAYS_PAST_DUE, Reason.NOT_A_WHOLE_NUMBER);
            return null;
        }
        if (value.startsWith("-")) {
            check.problem(IntakeField.DAYS_PAST_DUE, Reason.NEGATIVE);
            return null;
        }
        String digits = value.replaceFirst("^\\+?0*", "");
        if (digits.length() > 4 || (!digits.isEmpty() && Integer.parseInt(digits) > MAX_DAYS_PAST_DUE)) {
            check.problem(IntakeField.DAYS_PAST_DUE, Reason.TOO_LARGE);
            return null;
        }
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private static boolean isCurrency(String code) {
        if (code.length() != 3) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
