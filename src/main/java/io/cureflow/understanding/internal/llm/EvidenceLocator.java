package io.cureflow.understanding.internal.llm;

import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.internal.llm.RejectedAnswer.Reason;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds each quote the model gave in the text it read. A quote is found as written, or else ignoring case and the
 * curly or straight form of quotation marks (models retype apostrophes); a quote that is nowhere in the text means the
 * model made it up, and the whole answer is rejected.
 */
final class EvidenceLocator {

    private EvidenceLocator() {
    }

    static List<Evidence> locate(List<String> quotes, String text) {
        String plainText = plainQuotes(text);
        List<Evidence> evidence = new ArrayList<>();
        for (String quote : quotes) {
            String wanted = plainQuotes(quote.strip());
            int at = wanted.isEmpty() ? -1 : find(plainText, wanted);
            if (at < 0) {
                throw new RejectedAnswer(Reason.EVIDENCE_NOT_IN_TEXT);
            }
            Evidence found = new Evidence(text.substring(at, at + wanted.length()), at, at + wanted.length());
            if (!evidence.contains(found)) {
                evidence.add(found);
            }
        }
        return evidence;
    }

    private static int find(String text, String quote) {
        int exact = text.indexOf(quote);
        if (exact >= 0) {
            return exact;
        }
        for (int at = 0; at + quote.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, quote, 0, quote.length())) {
                return at;
            }
        }
        return -1;
    }

    /** Same length as the input, so offsets found in it hold for the original. */
    private static String plainQuotes(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }
}
