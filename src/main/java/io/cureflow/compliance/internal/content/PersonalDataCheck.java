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
        String textDigits = content.fullText().replaceAll("(?<=\\d)[\\s\\-.]+(?=\\d)", "");
        if (accountDigits.length() >= 5 && Pattern.compile("(?<!\\d)" + accountDigits + "(?!\\d)")
                .matcher(textDigits).find()) {
            found.add(violations.of(RULE, CITATION, "personal-data.account-number"));
        }
        if (content.channel() == Channel.VOICEMAIL) {
            String folded = Texts.fold(content.body());
            if (AMOUNT.matcher(folded).find()) {
                found.add(violations.of(RULE, "12 CFR 1006.2(j)", "personal-data.voicemail-amount"));
            }
            boolean lastFour = accountDigits.length() >= 4 && Pattern.compile("(?<!\\d)"
                    + accountDigits.substring(accountDigits.length() - 4) + "(?!\\d)").matcher(folded).find();
            if (lastFour || ACCOUNT_WORDS.matcher(folded).find()) {
                found.add(violations.of(RULE, "12 CFR 1006.2(j)", "personal-data.voicemail-account"));
            }
        }
        return found;
    }

    private static String digits(String value) {
        return value == null ? "" : value.replaceAll("\\D", "");
    }
}
