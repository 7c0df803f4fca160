package io.cureflow.compliance.internal.content;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The languages a message is written in: the one it was composed in, plus English or Spanish when a sentence is
 * clearly in that language (Reg F §1006.18(e)(4): a mixed message needs its disclosures in both). A sentence counts
 * for a language when at least three of its words are common words of that language and fewer of the other's.
 */
final class MessageLanguages {

    static final String ENGLISH = "en";
    static final String SPANISH = "es";

    private static final Pattern SENTENCES = Pattern.compile("[.!?;:\\n]+");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}']+");
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "or", "of", "to", "in", "an", "your", "you",
            "we", "our", "is", "are", "this", "that", "with", "for", "can", "please", "hi", "hello", "thank", "thanks",
            "account", "payment", "reply", "call", "us", "has", "have", "from", "will", "be", "it", "if", "any", "get",
            "text", "texts", "stop", "help", "talk", "person", "there");
    private static final Set<String> SPANISH_WORDS = Set.of("de", "la", "el", "los", "las", "que", "y", "en", "un",
            "una", "su", "sus", "le", "les", "por", "para", "con", "es", "esta", "usted", "nosotros", "nuestro",
            "nuestra", "hola", "gracias", "cuenta", "pago", "pagos", "tiene", "puede", "podemos", "responda", "al",
            "del", "este", "mensaje", "correo", "deuda", "cobrador", "ayudarle", "hablar", "persona", "se");

    private MessageLanguages() {
    }

    static Set<String> of(String declared, String foldedText) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(primary(declared));
        for (String sentence : SENTENCES.split(foldedText)) {
            int english = 0;
            int spanish = 0;
            for (String word : WORDS.split(sentence)) {
                if (ENGLISH_WORDS.contains(word)) {
                    english++;
                }
                if (SPANISH_WORDS.contains(word)) {
                    spanish++;
                }
            }
            if (english >= 3 && english > spanish) {
                languages.add(ENGLISH);
            } else if (spanish >= 3 && spanish > english) {
                languages.add(SPANISH);
            }
        }
        return languages;
    }

    static String primary(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return ENGLISH;
        }
        return java.util.Locale.forLanguageTag(languageTag.trim().replace('_', '-')).getLanguage();
    }
}
