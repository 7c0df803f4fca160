package io.cureflow.compliance.internal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a voicemail against the closed grammar of Reg F §1006.2(j): it may consist only of a salutation, the caller's
 * name and business name, the date and time, a request to reply naming people and telephone numbers, suggested times
 * to reply, a statement that any representative can help, and a closing. Anything the grammar does not know makes the
 * message something other than a limited-content message. Names are words starting with a capital letter.
 */
final class LimitedContentMessage {

    enum Slot { BUSINESS_NAME, REQUEST_TO_REPLY, PERSON_NAME, PHONE_NUMBER }

    /**
     * @param closed        true when every part of the text belongs to the grammar
     * @param businessNames the business names the caller gave
     */
    record Reading(boolean closed, List<Slot> present, List<String> businessNames) {

        List<Slot> missing() {
            List<Slot> missing = new ArrayList<>(List.of(Slot.values()));
            missing.removeAll(present);
            return missing;
        }
    }

    private static final String NAME = "\\p{Lu}[\\p{L}'\\-]*";
    private static final String PERSON = "(?<person>" + NAME + "(?:\\s" + NAME + "){0,2})";
    private static final String BUSINESS_WORD = "[\\p{Lu}\\d][\\p{L}\\d&'\\-]*";
    private static final String BUSINESS = "(?<business>" + BUSINESS_WORD
            + "(?:\\s(?:" + BUSINESS_WORD + "|&|and|of))*)";
    private static final String PHONE = "(?:\\+?1[\\-. ]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\-. ])\\d{3}[\\-. ]\\d{4}";
    private static final String ZONE = "(?:\\s(?i:eastern|central|mountain|pacific|alaska|hawaii)"
            + "(?:\\s(?i:standard\\s|daylight\\s)?(?i:time))?|\\s(?i:hora\\sdel\\s(?:este|centro|pacifico|montana)))";
    private static final String TIME = "(?:\\d{1,2}(?::\\d{2})?\\s?(?i:a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm)?" + ZONE + "?"
            + "|(?i:noon|midday|mediodia))";
    private static final String DAY = "(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|lunes|martes|miercoles|jueves|viernes|sabado|domingo)";
    private static final String MONTH = "(?i:january|february|march|april|may|june|july|august|september|october"
            + "|november|december)";
    private static final String MES = "(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
            + "|octubre|noviembre|diciembre)";
    private static final String DATE = "(?:(?:" + DAY + ",?\\s)?(?:" + MONTH + "\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?"
            + "|\\d{1,2}\\s(?i:de)\\s" + MES + "(?:\\s(?i:de)\\s\\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)|" + DAY + ")";
    private static final String END = "(?![\\p{L}\\p{N}])";

    private enum Piece {
        SALUTATION("(?i:hi|hello|hey|good\\s(?:morning|afternoon|evening|day)|greetings|hola|buenos\\sdias"
                + "|buenas\\stardes|buenas\\snoches|buen\\sdia)"),
        CALLER("(?i:this\\sis|my\\sname\\sis|it'?s|le\\shabla|habla|soy|mi\\snombre\\ses|me\\sllamo)\\s" + PERSON
                + ",?\\s(?i:(?:and\\s)?(?:i'?m\\s|i\\sam\\s)?calling\\s(?:from|with)|from|with|llamando\\sde"
                + "|y\\s(?:le\\s)?llamo\\sde|de|desde)\\s" + BUSINESS),
        BUSINESS_CALLING("(?i:this\\sis|le\\sllamamos\\sde|llamamos\\sde|le\\shabla)\\s" + BUSINESS
                + "(?:\\s(?i:calling))?"),
        DATE_AND_TIME("(?i:it\\sis|it'?s|today\\sis|the\\stime\\sis|son\\slas|es\\sla|hoy\\ses)\\s(?:" + TIME
                + "(?:,?\\s(?i:on|del|el)\\s" + DATE + ")?|" + DATE + "(?:,?\\s(?i:at|a\\slas)\\s" + TIME + ")?)"),
        REQUEST("(?i:(?:please\\s|por\\sfavor,?\\s)?(?:contact|call(?:\\sback)?|reach|return\\s(?:my|this|our)\\scall"
                + "|reply\\sto|get\\sback\\sto|you\\scan\\sreach|you\\smay\\scall|you\\scan\\scall|llameme|llamenos"
                + "|llame|comuniquese\\s(?:conmigo|con\\snosotros)|contacteme|contactenos|devuelvame\\sla\\sllamada"
                + "|devuelvanos\\sla\\sllamada|puede\\sllamarme|puede\\sllamarnos|puede\\scomunicarse\\s(?:conmigo"
                + "|con\\snosotros)))(?:\\s(?i:me|us|back|a\\smi|a\\snosotros))*"),
        ALSO_PERSON(",?\\s?(?i:or|and|o|y)\\s(?:(?i:a)\\s)?" + PERSON),
        ALSO_ANY_REPRESENTATIVE(",?\\s?(?i:or|and|o|y)\\s(?:(?i:a)\\s)?(?i:any\\sof\\sour\\s(?:representatives|associates)"
                + "|one\\sof\\sour\\s(?:representatives|associates)|cualquiera\\sde\\snuestros\\s(?:representantes"
                + "|asociados)|uno\\sde\\snuestros\\s(?:representantes|asociados))"),
        PERSON_TO_CONTACT(PERSON),
        AT_PHONE("(?i:at|on|al|en\\sel)\\s" + PHONE + "(?:\\s(?i:or|o)\\s" + PHONE + ")*"),
        REPLY_TIMES(",?\\s?(?:(?i:or|o)\\s)?(?:(?i:today|tomorrow|tonight|any\\sweekday|weekdays|any\\sday|this"
                + "\\s(?:morning|afternoon|evening)|hoy|manana|esta\\s(?:manana|tarde|noche)|cualquier\\sdia"
                + "(?:\\sentre\\ssemana|\\slaborable)?|de\\slunes\\sa\\sviernes|entre\\ssemana)|(?i:on\\s|el\\s)?" + DAY
                + "s?)?\\s?(?:(?i:until|till|before|after|by|hasta\\slas|antes\\sde\\slas|despues\\sde\\slas)\\s" + TIME
                + "|(?i:from|between|de|entre)\\s(?:(?i:las)\\s)?" + TIME + "\\s(?i:to|and|until|a|y|hasta)\\s(?:(?i:las)\\s)?"
                + TIME + ")"),
        REPLY_DAYS(",?\\s?(?:(?i:or|o)\\s)?(?i:today|tomorrow|any\\sweekday|weekdays|hoy|manana|cualquier\\sdia"
                + "(?:\\sentre\\ssemana|\\slaborable)?|de\\slunes\\sa\\sviernes)"),
        ANY_REPRESENTATIVE_CAN_HELP("(?i:any\\sof\\sour\\s(?:representatives|associates)\\s(?:can|will\\sbe\\sable\\sto"
                + "|may)\\s(?:help|assist)(?:\\syou)?|cualquiera\\sde\\snuestros\\s(?:representantes|asociados)\\s"
                + "(?:le\\s)?(?:puede|podra)\\sayudar(?:le)?)"),
        CLOSING("(?i:thank\\syou(?:\\svery\\smuch)?|thanks|have\\sa\\s(?:good|great|nice)\\sday|goodbye|bye"
                + "|muchas\\sgracias|gracias|que\\stenga\\s(?:un\\s)?buen\\sdia|adios)");

        private final Pattern pattern;

        Piece(String regex) {
            this.pattern = Pattern.compile(regex + END);
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!;]+");
    private static final Pattern PAUSE = Pattern.compile("[,:\\s]+");

    private LimitedContentMessage() {
    }

    static Reading read(String voicemail) {
        String text = Texts.plain(voicemail);
        List<Slot> present = new ArrayList<>();
        List<String> businesses = new ArrayList<>();
        boolean inRequest = false;
        int position = 0;
        while (position < text.length()) {
            Matcher separator = PAUSE.matcher(text).region(position, text.length());
            if (separator.lookingAt()) {
                position = separator.end();
                continue;
            }
            Matcher stop = SENTENCE_END.matcher(text).region(position, text.length());
            if (stop.lookingAt()) {
                inRequest = false;
                position = stop.end();
                continue;
            }
            Piece piece = null;
            Matcher matcher = null;
            for (Piece candidate : Piece.values()) {
                if (!inRequest && requestOnly(candidate)) {
                    continue;
                }
                Matcher attempt = candidate.pattern.matcher(text).region(position, text.length());
                if (attempt.lookingAt()) {
                    piece = candidate;
                    matcher = attempt;
                    break;
                }
            }
            if (piece == null) {
                return new Reading(false, present, businesses);
            }
            switch (piece) {
                case CALLER -> {
                    present.add(Slot.PERSON_NAME);
                    present.add(Slot.BUSINESS_NAME);
                    businesses.add(matcher.group("business"));
                }
                case BUSINESS_CALLING -> {
                    present.add(Slot.BUSINESS_NAME);
                    businesses.add(matcher.group("business"));
                }
                case REQUEST -> {
                    present.add(Slot.REQUEST_TO_REPLY);
                    inRequest = true;
                }
                case ALSO_PERSON, PERSON_TO_CONTACT -> present.add(Slot.PERSON_NAME);
                case AT_PHONE -> present.add(Slot.PHONE_NUMBER);
                default -> {
                }
            }
            position = matcher.end();
        }
        return new Reading(true, present.stream().distinct().toList(), businesses);
    }

    private static boolean requestOnly(Piece piece) {
        return piece == Piece.ALSO_PERSON || piece == Piece.ALSO_ANY_REPRESENTATIVE || piece == Piece.PERSON_TO_CONTACT
                || piece == Piece.AT_PHONE
                || piece == Piece.REPLY_TIMES || piece == Piece.REPLY_DAYS;
    }
}
