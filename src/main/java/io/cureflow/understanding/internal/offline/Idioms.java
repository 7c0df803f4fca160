package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Intent;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everyday phrases that sound like a critical intent and are not: a dead phone, "this is killing me", "can't stop
 * crying". Where one appears and no rule found the intent, the model may not pick it either.
 */
final class Idioms {

    static final Map<Intent, Pattern> PHRASES = Map.of(
            Intent.DECEASED, Rule.compile("(?:phone|battery|car|cell|laptop|computer|tv|charger|truck|engine|it) "
                    + "(?:just |has |had )?died|killing me|kills me|kill me|dying (?:here|over|of|to)|died (?:laughing"
                    + "|inside)|me muero|me estoy muriendo|muert[oa] de (?:risa|cansancio|hambre|miedo|verguenza)"
                    + "|se (?:me )?murio (?:mi|el|la) (?:telefono|celular|cel|bateria|carro|coche|compu|computadora)"
                    + "|dead (?:tired|broke|serious|end|line)|deadline|over my dead body"),
            Intent.OPT_OUT, Rule.compile("(?:not|never|can not|could not|will not) stop|stop (?:crying|asking|thinking"
                    + "|worrying|working|eating|by|in|sign|light)|bus stop|non ?stop|(?:no puedo|no dejo de) (?:dejar"
                    + " de|parar)|(?:parada|alto) (?:del|de) (?:autobus|camion|bus)"),
            Intent.HARDSHIP, Rule.compile("sick (?:of|and tired)|harto de|harta de"));

    private Idioms() {
    }
}
