package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.OutboundContent;
import io.cureflow.compliance.Redactor;
import io.cureflow.compliance.Redactor.SensitiveData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PD-01: no message shows an SSN, a card or bank number, a date of birth, or the full account number (its last four
 * digits may appear), since a text or email can be read by someone else (§1006.6(d)(1), CureFlow's data rules). A
 * voicemail may not even show an amount or refer to an account (§1006.2(j)).
 */
@Component
@Order(5)
class PersonalDataCheck implements ContentCheck {

    static final String RULE = "PD-01";
    private static final String CITATION = "12 CFR 1006.6(d)(1); CureFlow data rules";
    private static final Pattern AMOUNT = Pattern.compile("[$€£]\\s?\\d|\\d(?:[\\d,.]*\\d)?\\s?(?:dollars?|dolares|usd)"
            + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCOUNT_WORDS = Pattern.compile("(?<![\\p{L}])(?:account|acct|cuenta|ending in"
            + "|terminada en)(?![\\p{L}])");
    private static final Pattern DIGIT_SEPARATORS = Pattern.compile("(?<=\\d)[\\s\\-.]+(?=\\d)");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private final Redactor redactor;
    private final Violations violations;

    PersonalDataCheck(Redactor redactor, Violations violations) {
        this.redactor = redactor;
        this.violations = violations;
    }

    @Override
    public List<ComplianceReason> check(OutboundContent content) {
        List<ComplianceReason> found = new ArrayList<>();
        Set<SensitiveData> sensitive = redactor.detect(content.fullText());
        if (!sensitive.isEmpty()) {
            found.add(violations.of(RULE, CITATION, "personal-data.found", violations.labels("personal-data.kind",
                    sensitive)));
        }
        String accountDigits = digits(content.recipient().accountNumber());
        if (accountDigits.length() >= 5
                && containsNumber(DIGIT_SEPARATORS.matcher(content.fullText()).replaceAll(""), accountDigits)) {
            found.add(violations.of(RULE, CITATION, "personal-data.account-number"));
        }
        if (content.channel() == Channel.VOICEMAIL) {
            String folded = Texts.fold(content.body());
            if (AMOUNT.matcher(folded).find()) {
                found.add(violations.of(RULE, "12 CFR 1006.2(j)", "personal-data.voicemail-amount"));
            }
            boolean lastFour = accountDigits.length() >= 4
                    && containsNumber(folded, accountDigits.substring(accountDigits.length() - 4));
            if (lastFour || ACCOUNT_WORDS.matcher(folded).find()) {
                found.add(violations.of(RULE, "12 CFR 1006.2(j)", "personal-data.voicemail-account"));
            }
        }
        return found;
    }

    private static String digits(String value) {
        return value == null ? "" : NOT_DIGIT.matcher(value).replaceAll("");
    }

    /** Whether the digits occur in the text as a whole number, no other digit right before or after. */
    private static boolean containsNumber(String text, String digits) {
        for (int at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
            int end = at + digits.length();
            boolean alone = (at == 0 || !asciiDigit(text.charAt(at - 1)))
                    && (end == text.length() || !asciiDigit(text.charAt(end)));
            if (alone) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
