package io.cureflow.understanding.internal.offline;

import java.util.Set;

/** English or Spanish by counting each language's common words; accents and ¿ ¡ ñ count for Spanish. Ties are English. */
final class LanguageGuess {

    private static final Set<String> ENGLISH = Set.of("the", "i", "you", "my", "is", "are", "to", "and", "of",
            "in", "it", "not", "will", "can", "pay", "this", "that", "for", "have", "be", "on", "with", "please",
            "what", "do", "am", "just", "so", "but", "thanks", "stop", "call", "today", "tomorrow", "job", "account",
            "debt", "payment", "was", "he", "she", "we", "they", "your", "did", "how", "when", "why", "who",
            "lost", "paid", "money", "week", "month", "friday", "number", "wrong", "text", "texts", "again", "an");

    private static final Set<String> SPANISH = Set.of("el", "la", "los", "las", "de", "que", "y", "en", "un", "una",
            "es", "mi", "por", "para", "con", "pero", "estoy", "tengo", "pagar", "ya", "cuando", "porque", "usted",
            "gracias", "hola", "favor", "se", "lo", "le", "su", "muy", "mas", "esta", "este", "si", "soy", "voy",
            "puedo", "hoy", "manana", "dinero", "trabajo", "cuenta", "deuda", "pago", "del", "al", "nada", "eso",
            "esto", "llamen", "mensajes", "numero", "semana", "mes", "viernes", "pague", "ustedes", "quiero");

    private LanguageGuess() {
    }

    static String guess(NormalizedText text, String original) {
        int english = 0;
        int spanish = 0;
        for (NormalizedText.Word word : text.words()) {
            if (ENGLISH.contains(word.text())) {
                english++;
            }
            if (SPANISH.contains(word.text())) {
                spanish++;
            }
        }
        for (int i = 0; i < original.length(); i++) {
            if ("áéíóúñ¿¡ÁÉÍÓÚÑ".indexOf(original.charAt(i)) >= 0) {
                spanish++;
            }
        }
        return spanish > english ? "es" : "en";
    }
}
