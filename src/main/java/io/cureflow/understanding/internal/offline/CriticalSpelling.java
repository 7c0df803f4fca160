package io.cureflow.understanding.internal.offline;

import java.util.List;
import java.util.Set;

/**
 * Puts right one-letter slips in the words the law cares about ("bankrupcy", "attroney", "decesed"), so that a typo
 * never hides a cease or a bankruptcy. Only words of six letters or more, and never a real word that happens to be one
 * letter away ("cancel" is not "cancer").
 */
final class CriticalSpelling {

    private static final List<String> CRITICAL = List.of(
            "bankruptcy", "bankrupt", "attorney", "attorneys", "lawyer", "lawyers", "represented", "representing",
            "deceased", "funeral", "hospital", "hospitalized", "surgery", "unsubscribe", "contacting", "harassing",
            "harassment", "dispute", "disputing", "disputed", "identity", "divorce", "divorced", "separated",
            "deployed", "deployment", "military", "unemployed", "unemployment", "disaster", "hurricane", "flooded",
            "wildfire", "tornado", "earthquake", "evacuated", "incarcerated", "violence", "abusive", "passed",
            "bancarrota", "abogado", "abogada", "abogados", "fallecio", "fallecido", "fallecida", "hospitalizado",
            "hospitalizada", "divorcio", "divorciada", "divorciado", "separada", "despedido", "despedida",
            "desempleado", "desempleada", "contactar", "contacten", "llamarme", "equivocado", "equivocada",
            "militar", "desplegado", "encarcelado", "violencia", "maltrato", "huracan", "inundacion", "incendio",
            "terremoto", "fraude", "identidad", "cancelar", "mensajes", "llamadas");

    private static final Set<String> REAL_WORDS = Set.of("passes", "paused", "parsed", "pissed", "posted",
            "cancel", "canceled", "contract", "testing", "stepped", "shopped", "poison", "lawyered", "deployer",
            "dispose", "flooder", "abogar", "llamarte", "llamarle", "mensajero", "fraudes", "passer", "massed",
            "passel", "bassed", "contacted", "contactes", "ahogado", "ahogada", "ahogados",
            "llamame", "llamala", "llamalo", "tassel", "pasted", "paired", "amused", "abused", "hospitals", "divorces");

    private static final Set<String> KNOWN = Set.copyOf(CRITICAL);

    private CriticalSpelling() {
    }

    /** The critical word one edit away from this one, or the word itself. */
    static String correct(String word) {
        if (word.length() < 6 || KNOWN.contains(word) || REAL_WORDS.contains(word) || !isLetters(word)) {
            return word;
        }
        for (String critical : CRITICAL) {
            if (withinOneEdit(word, critical)) {
                return critical;
            }
        }
        return word;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /** One insertion, deletion, substitution or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        int difference = a.length() - b.length();
        if (Math.abs(difference) > 1) {
            return false;
        }
        int prefix = 0;
        int shorter = Math.min(a.length(), b.length());
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (difference == 0) {
            if (prefix == a.length()) {
                return true;
            }
            if (a.substring(prefix + 1).equals(b.substring(prefix + 1))) {
                return true;
            }
            return prefix + 1 < a.length() && a.charAt(prefix) == b.charAt(prefix + 1)
                    && a.charAt(prefix + 1) == b.charAt(prefix) && a.substring(prefix + 2).equals(b.substring(prefix + 2));
        }
        String longer = difference > 0 ? a : b;
        String other = difference > 0 ? b : a;
        return longer.substring(prefix + 1).equals(other.substring(prefix));
    }
}
