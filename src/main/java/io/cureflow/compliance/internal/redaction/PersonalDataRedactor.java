package io.cureflow.compliance.internal.redaction;

import io.cureflow.compliance.Redactor;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static io.cureflow.compliance.Redactor.SensitiveData.BANK_ACCOUNT;
import static io.cureflow.compliance.Redactor.SensitiveData.CARD_NUMBER;
import static io.cureflow.compliance.Redactor.SensitiveData.DATE_OF_BIRTH;
import static io.cureflow.compliance.Redactor.SensitiveData.ROUTING_NUMBER;
import static io.cureflow.compliance.Redactor.SensitiveData.SSN;

/**
 * Cards and dash- or space-formatted SSNs are recognised by their shape alone; a bare nine-digit SSN, an account or
 * routing number and a date of birth only next to a label saying what they are, so that amounts, promise dates, phone
 * numbers and ZIP codes stay readable. Cards come first so that a card number is never half-masked as an account.
 */
@Component
public class PersonalDataRedactor implements Redactor {

    /** Words that may sit between a label and its value: "account number is 1234", "cuenta núm.: 1234". */
    private static final String FILLER =
            "[\\s:#.\\-]*(?:(?:number|num|nbr|no|is|was|as|es|número|núm|nº|n°|on|el|de)\\.?[\\s:#.\\-]+)*";

    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final String MESES = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
            + "|octubre|noviembre|diciembre";
    private static final String DATE = "(?:\\d{4}-\\d{1,2}-\\d{1,2}"
            + "|\\d{1,2}[/.\\-]\\d{1,2}(?:[/.\\-]\\d{2,4})?"
            + "|(?:" + MONTHS + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + MONTHS + ")\\.?,?\\s+\\d{4}"
            + "|\\d{1,2}\\s+de\\s+(?:" + MESES + ")(?:\\s+de|,)?\\s+\\d{4})";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * In order: a card is masked before anything else can take its digits. The clues and digit counts mirror each
     * pattern; {@code DetectorCluesTests} holds them to it.
     */
    static final List<Detector> DETECTORS = List.of(
            new Detector(CARD_NUMBER, List.of(), 13, 19, Pattern.compile("(?<![\\d$.,])(\\d{13,19}"
                    + "|\\d{4}([ -])\\d{4}\\2\\d{4}\\2\\d{1,4}"
                    + "|\\d{4}([ -])\\d{6}\\3\\d{5})(?!\\d|[.,]\\d)"), 1,
                    digits -> digits.length() >= 13 && digits.length() <= 19 && Checksums.luhn(digits),
                    digits -> Detector.lastFour("card", digits)),
            new Detector(SSN, List.of(), 9, 11,
                    Pattern.compile("(?<![\\d$.,-])(\\d{3}([- ])\\d{2}\\2\\d{4})(?!\\d|[.,-]\\d)"), 1,
                    digits -> true, digits -> "[ssn]"),
            new Detector(SSN, List.of("ssn", "s.s.n.", "social", "seguro"), 9, 9,
                    Pattern.compile("\\b(?:ssn|s\\.s\\.n\\.|social\\s+security|social|seguro\\s+social)"
                    + FILLER + "(\\d{9})(?!\\d|[.,]\\d)", FLAGS), 1, digits -> true, digits -> "[ssn]"),
            new Detector(ROUTING_NUMBER, List.of("routing", "aba", "ruta"), 9, 9,
                    Pattern.compile("\\b(?:routing|aba|ruta(?:\\s+bancaria)?)"
                    + FILLER + "(\\d{9})(?!\\d|[.,]\\d)", FLAGS), 1, Checksums::abaRouting,
                    digits -> Detector.lastFour("routing", digits)),
            new Detector(BANK_ACCOUNT, List.of("account", "acct", "a/c", "checking", "savings",
                    "cuenta", "ahorros"), 0, 0,
                    Pattern.compile("\\b(?:account|acct|a/c|checking|savings|cuenta(?:\\s+corriente"
                    + "|\\s+de\\s+ahorros?)?|ahorros)" + FILLER + "(\\d{2,}(?:-\\d{2,}|\\s\\d{3,}){0,4})(?!\\d|[.,]\\d)", FLAGS),
                    1, digits -> digits.length() >= 5 && digits.length() <= 17,
                    digits -> Detector.lastFour("account", digits)),
            new Detector(DATE_OF_BIRTH, List.of("birth", "born", "nac", "cumplea", "ob", "o.b"), 0, 0,
                    Pattern.compile("(?:\\bd\\.?o\\.?b\\b\\.?|\\bdate\\s+of\\s+birth|\\bbirth\\s?date"
                    + "|\\bbirthday|\\bborn|\\bfecha\\s+de\\s+nacimiento|\\bnac(?:í|i|ido|ida)\\s+el"
                    + "|\\bcumpleaños)" + FILLER + "(" + DATE + ")(?!\\d)", FLAGS), 1,
                    digits -> true, digits -> "[dob]"));

    @Override
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        String folded = Detector.caseFold(text);
        for (Detector detector : DETECTORS) {
            if (!detector.mayMatch(result, folded)) {
                continue;
            }
            Detector.Result applied = detector.apply(result);
            if (applied.found()) {
                result = applied.text();
                folded = Detector.caseFold(result);
            }
        }
        return result;
    }

    @Override
    public Set<SensitiveData> detect(String text) {
        Set<SensitiveData> found = EnumSet.noneOf(SensitiveData.class);
        if (text == null || text.isEmpty()) {
            return found;
        }
        String rest = text;
        String folded = Detector.caseFold(text);
        for (Detector detector : DETECTORS) {
            if (!detector.mayMatch(rest, folded)) {
                continue;
            }
            Detector.Result result = detector.apply(rest);
            if (result.found()) {
                found.add(detector.kind());
                rest = result.text();
                folded = Detector.caseFold(rest);
            }
        }
        return found;
    }
}
