package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Intent;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everyday phrases that sound like a critical intent and are not: a dead phone, "this is killing me", "can't stop
 * crying". Where one appears and no rule found the intent, the model may not pick it either.
 */
final class Idioms {

    static final Map<Intent, Pattern> PHRASES = Map.of(
            Intent.DECEASED, Rule.compile("(?:celular|telefono|cel|bateria|carro|coche|compu|computadora|tele) (?:ya )?"
                    + "se (?:me )?murio|(?:phone|battery|car|cell|laptop|computer|tv|charger|truck|engine|it) "
                    + "(?:just |has |had )?died|killing me|kills me|kill me|dying (?:here|over|of|to)|died (?:laughing"
                    + "|inside)|me muero|me estoy muriendo|muert[oa] de (?:risa|cansancio|hambre|miedo|verguenza)"
                    + "|se (?:me )?murio (?:mi|el|la) (?:telefono|celular|cel|bateria|carro|coche|compu|computadora)"
                    + "|dead (?:tired|broke|serious|end|line)|deadline|over my dead body"),
            Intent.OPT_OUT, Rule.compile("(?:not|never|can not|could not|will not) stop|stop (?:crying|asking|thinking"
                    + "|worrying|working|eating|by|in|sign|light)|bus stop|non ?stop|(?:no puedo|no dejo de) (?:dejar"
                    + " de|parar)|(?:parada|alto) (?:del|de) (?:autobus|camion|bus)"
                    + "|de baja (?:en|del|de la)(?: la| el| mi)? (?:trabajo|chamba|jale|empleo|compania|empresa)"),
            Intent.WRONG_NUMBER, Rule.compile("not (?:a |the )?wrong (?:number|person)|no es (?:un )?numero equivocado"),
            Intent.HARDSHIP, Rule.compile("sick (?:of|and tired)|harto de|harta de"),
            Intent.ATTORNEY, Rule.compile("(?:pay|paying|paid|pagar|pagando|pague|afford|costs?|fees|honorarios"
                    + "|gastos de|gastos del|money on|dinero en|se va en|se fue en) (?:for )?(?:a |an |the |un |el "
                    + "|los |mi |my |his |her"
                    + " |their |our |su |sus |del |al )?"
                    + "(?:divorce |immigration |de inmigracion |del divorcio )?(?:lawyer|lawyers|attorney|abogado"
                    + "|abogados|abogada)|(?:lawyer|attorney|abogado|abogados)(?:s)? (?:fees|bills|costs|de inmigracion"
                    + "|del divorcio|de divorcio)|divorce (?:lawyer|attorney)|power of attorney|poder notarial"
                    + "|district attorney|attorney general"));

    private Idioms() {
    }

    /** Whether an idiom for this intent overlaps the span: "abogado" in "pagar un abogado" is no representation. */
    static boolean covers(Intent intent, NormalizedText text, int from, int to) {
        Pattern idiom = PHRASES.get(intent);
        if (idiom == null) {
            return false;
        }
        Matcher matcher = idiom.matcher(text.text());
        while (matcher.find()) {
            if (matcher.start() < to && matcher.end() > from) {
                return true;
            }
        }
        return false;
    }
}
