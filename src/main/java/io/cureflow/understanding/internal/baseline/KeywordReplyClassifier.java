package io.cureflow.understanding.internal.baseline;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.Reply;
import io.cureflow.understanding.ReplyClassifier;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plain keyword baseline the evaluation compares against: the first intent, in order of legal weight, one of whose
 * words appears in the text wins. No negation, no context, no model. Not a bean: only the evaluation uses it.
 */
public class KeywordReplyClassifier implements ReplyClassifier {

    private static final Map<Intent, List<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(Intent.DECEASED, List.of("passed away", "died", "deceased", "death", "fallecio", "murio", "difunto"));
        WORDS.put(Intent.BANKRUPTCY, List.of("bankruptcy", "chapter 7", "chapter 13", "bancarrota", "quiebra"));
        WORDS.put(Intent.ATTORNEY, List.of("attorney", "lawyer", "abogado"));
        WORDS.put(Intent.CEASE, List.of("stop contacting", "cease", "leave me alone", "dejen de", "no me contacten"));
        WORDS.put(Intent.DISPUTE, List.of("not my debt", "dispute", "never had", "no es mi deuda", "disputo"));
        WORDS.put(Intent.WRONG_NUMBER, List.of("wrong number", "numero equivocado", "no soy"));
        WORDS.put(Intent.HARDSHIP, List.of("lost my job", "laid off", "hospital", "sick", "perdi mi trabajo",
                "enfermo", "hardship"));
        WORDS.put(Intent.OPT_OUT, List.of("stop", "unsubscribe", "no more texts", "no mas mensajes"));
        WORDS.put(Intent.CONTACT_RESTRICTION, List.of("at work", "after 6", "only text", "en el trabajo"));
        WORDS.put(Intent.PAID_ALREADY, List.of("already paid", "paid it", "ya pague"));
        WORDS.put(Intent.PROMISE_TO_PAY, List.of("i will pay", "i'll pay", "will pay", "voy a pagar", "pagare"));
        WORDS.put(Intent.PAYMENT_PLAN_REQUEST, List.of("payment plan", "installments", "plan de pago", "plazos"));
        WORDS.put(Intent.CALLBACK_REQUEST, List.of("call me", "llamame", "llameme"));
        WORDS.put(Intent.QUESTION, List.of("?", "how much", "cuanto"));
    }

    @Override
    public Classification classify(Reply reply) {
        String text = fold(reply.text());
        for (Map.Entry<Intent, List<String>> entry : WORDS.entrySet()) {
            for (String word : entry.getValue()) {
                int at = text.indexOf(word);
                if (at >= 0) {
                    HardshipCategory category = entry.getKey() == Intent.HARDSHIP ? HardshipCategory.OTHER_HARDSHIP
                            : null;
                    return new Classification(entry.getKey(), category, 0.5, null,
                            List.of(new Evidence(reply.text().substring(at, at + word.length()), at,
                                    at + word.length())),
                            List.of(), null, false, "keyword-baseline");
                }
            }
        }
        return new Classification(Intent.OTHER, null, 0.5, null, List.of(), List.of(), null, false,
                "keyword-baseline");
    }

    /** Lower case without accents; keeps every offset, since accents fold to one character each. */
    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            String decomposed = Normalizer.normalize(String.valueOf(lower.charAt(i)), Normalizer.Form.NFD);
            folded.append(decomposed.charAt(0));
        }
        return folded.toString();
    }
}
