package io.cureflow.understanding.internal.offline;

import java.util.Set;

/**
 * Whether a negator governs the words a rule matched: "I did not lose my job", "not my lawyer", "no estoy en
 * bancarrota". A negator reaches forward over auxiliaries, articles and pronouns only, so in "I can not pay I lost my
 * job" the "not" belongs to "pay" and the job loss stands. "No, I lost my job" is an answer, not a negation.
 */
final class Negation {

    private static final int REACH = 6;

    private static final Set<String> NEGATORS = Set.of("not", "never", "no", "nunca", "jamas", "ni", "nor",
            "neither", "nope", "tampoco");

    private static final Set<String> BRIDGES = Set.of("be", "been", "being", "am", "is", "are", "was", "were", "have",
            "has", "had", "do", "does", "did", "get", "got", "gotten", "actually", "really", "even", "ever", "yet",
            "currently", "legally", "officially", "filed", "file", "filing", "declared", "declare", "my", "our", "his",
            "her", "their", "the", "a", "an", "in", "for", "to", "going", "planning", "plan", "about", "will",
            "would", "could", "should", "want", "wanted", "trying", "afford", "need", "hire", "any", "considering",
            "thinking", "of", "that", "it", "lo", "la", "le", "les", "se", "me", "he", "ha", "han", "hemos",
            "estoy", "esta", "estamos", "estaba", "soy", "es", "fue", "era", "en", "mi", "su", "tengo", "tiene",
            "tenemos", "un", "una", "el", "ese", "esa", "hay", "sido", "estado", "voy", "vamos", "ir", "pensando",
            "quiero", "queremos", "declarado", "declarar", "declararme", "ningun", "ninguna", "todavia", "aun", "ya",
            "contratar", "necesito", "fully", "completely", "exactly", "technically");

    private static final Set<String> ANSWERED = Set.of("i", "we", "yo", ",", ".", "!", "?", "thanks", "gracias",
            "sir", "maam", "senor", "senora", "worries", "problem", "problema");

    boolean negates(NormalizedText text, int offset) {
        int index = text.wordAt(offset);
        for (int i = index - 1; i >= 0 && i >= index - REACH; i--) {
            String word = text.words().get(i).text();
            if (NEGATORS.contains(word)) {
                return !(word.equals("no") && i + 1 < text.words().size()
                        && ANSWERED.contains(text.words().get(i + 1).text()));
            }
            if (!BRIDGES.contains(word)) {
                return false;
            }
        }
        return false;
    }
}
