package io.cureflow.understanding.internal.offline;

import java.util.Map;

/** Word families the rules share, written once: {REL} in a rule stands for any close person in either language. */
final class Vocabulary {

    private static final Map<String, String> FAMILIES = Map.of(
            "{REL}", "(?:(?:step ?|grand ?|great ?)?(?:mother|mom|mum|mommy|mama|mami|father|dad|daddy|papa|papi|pops"
                    + "|husband|wife|hubby|spouse|partner|son|daughter|brother|sister|grandmother|grandma|granny"
                    + "|grandfather|grandpa|uncle|aunt|auntie|cousin|boyfriend|girlfriend|fiance|fiancee|baby|child"
                    + "|kid|nephew|niece|parent|parents|friend|madre|padre|esposo|esposa|marido|mujer|hijo|hija"
                    + "|hermano|hermana|abuela|abuelo|abuelita|abuelito|tio|tia|primo|prima|pareja|novio|novia|bebe"
                    + "|nieto|nieta|sobrino|sobrina|suegra|suegro|amigo|amiga|familiar|viejo|vieja)"
                    + "(?: in law)?)",
            "{DIED}", "(?:died|passed away|passed on(?! to)|passed(?! (?:his|her|the|my|a|an|it|this|that|all|out|by|me"
                    + "|over|up|through|away from)(?![a-z]))|has died|is deceased|was killed"
                    + "|is dead|got killed|left us|fallecio|murio|se murio|se nos fue|esta muerto|esta muerta"
                    + "|ha fallecido|fallecida|fallecido|paso a mejor vida|descansa en paz)",
            "{CHANNEL_VERB}", "(?:texting|text|txting|messaging|message|sending|send|emailing|email|mailing|writing"
                    + "|calling|call|ringing|phoning|contacting|contact|bothering|harassing|harrassing|hounding|write"
                    + "|mail)",
            "{ES_CHANNEL}", "(?:mensajes|mensaje|textos|texto|sms|correos|correo|emails|email|mails|cartas)",
            "{POLITE}", "(?:please|por favor|now|thanks|thank you|gracias|ya|already|asap|immediately)",
            "{NOT_A_NAME}", "(?:one|body|money|job|work|problem|problems|worries|issue|issues|thanks|way|more|longer"
                    + "|income|help|time|need|home|here|now|yet|sure|today|tonight|working|paying|available|ready"
                    + "|interested|possible|again|really|much|enough|true|fair|right|okay|good|well|mine|me|it|this"
                    + "|that"
                    + "|fine|able|going|responsible|liable|aware|happy|disputing|him|her|yours|cliente|responsable|yo"
                    + "|de"
                    + "|tan|muy|un|una|capaz|deudor|deudora|esa|ese|la|el|quien|ella|mia|mio|nada|todo|aqui|ahora"
                    + "|hoy|bien|mal|asi|correct|legal|acceptable|real|valid|accurate|funny|ok|rico|rica|tonto|tonta"
                    + "|mentiroso|mentirosa|millonario|millonaria|culpable)(?![a-z])");

    private Vocabulary() {
    }

    static String expand(String regex) {
        String expanded = regex;
        for (Map.Entry<String, String> family : FAMILIES.entrySet()) {
            expanded = expanded.replace(family.getKey(), family.getValue());
        }
        return expanded;
    }
}
