package io.cureflow.understanding.internal.offline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts in a folded reply: "$210", "$1,250.50", "210 dollars", "210 dolares", "two hundred dollars", "pay 150". */
final class AmountReader {

    /** An amount and where it was, so the date reader does not read "$15" as the 15th. */
    record Found(BigDecimal value, int[] span) {
    }

    private static final String CURRENCY = "(?:dollars?|dolares|dolar|dlls?|usd|bucks|pesos)";

    private static final Pattern SYMBOL = Pattern.compile("\\$\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?(?![\\d/])");
    private static final Pattern WORDED = Pattern.compile(
            "(?<![\\d/.,$])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s?" + CURRENCY + "\\b");
    private static final Pattern AFTER_VERB = Pattern.compile(
            "\\b(?:pay|send|do|make|put|pagar|pago|pagare|mando|deposito|abono|depositar|mandar|abonar|enviar)"
                    + "\\s+(?:you\\s+|le\\s+|les\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d{2,5})(\\.\\d{1,2})?"
                    + "(?!\\s?(?:st|nd|rd|th|de\\s|/|\\d|am|pm|:))\\b");
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private AmountReader() {
    }

    static Found find(String folded) {
        Found found = numeric(SYMBOL, folded);
        if (found == null) {
            found = numeric(WORDED, folded);
        }
        if (found == null) {
            found = inWords(folded);
        }
        if (found == null) {
            found = numeric(AFTER_VERB, folded);
        }
        return found;
    }

    private static Found numeric(Pattern pattern, String folded) {
        Matcher matcher = pattern.matcher(folded);
        if (!matcher.find()) {
            return null;
        }
        String digits = matcher.group(1).replace(",", "") + (matcher.group(2) == null ? "" : matcher.group(2));
        return new Found(new BigDecimal(digits), new int[] {matcher.start(), matcher.end()});
    }

    private static final java.util.Set<String> PAY_WORDS = java.util.Set.of("pay", "do", "send", "make", "like",
            "pago", "pagar", "pagare", "mando", "deposito", "abono", "envio", "depositar", "mandar", "abonar");

    /** Number words directly before a currency word, or right after a word of paying ("pay two hundred"). */
    private static Found inWords(String folded) {
        Matcher words = WORD.matcher(folded);
        List<String> run = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        String beforeRun = null;
        String previous = null;
        while (words.find()) {
            String word = words.group();
            boolean joiner = !run.isEmpty() && (word.equals("and") || word.equals("y"));
            if (NumberWords.isNumberWord(word) || joiner) {
                if (run.isEmpty()) {
                    runStart = words.start();
                    beforeRun = previous;
                }
                run.add(word);
                runEnd = words.end();
            } else {
                boolean currency = word.matches(CURRENCY);
                Found found = run.isEmpty() ? null : amount(run, runStart, currency ? words.end() : runEnd,
                        currency || beforeRun != null && PAY_WORDS.contains(beforeRun));
                if (found != null) {
                    return found;
                }
                run.clear();
            }
            previous = word;
        }
        return run.isEmpty() ? null : amount(run, runStart, runEnd, beforeRun != null && PAY_WORDS.contains(beforeRun));
    }

    private static Found amount(List<String> run, int start, int end, boolean meant) {
        List<String> words = new ArrayList<>(run);
        while (!words.isEmpty() && List.of("and", "y", "a", "un", "una").contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        int value = NumberWords.value(words);
        boolean article = words.size() == 1 && (words.get(0).equals("a") || words.get(0).startsWith("un"));
        return meant && value > 0 && !article ? new Found(BigDecimal.valueOf(value), new int[] {start, end}) : null;
    }
}
