package io.cureflow.understanding.internal.limits;

import io.cureflow.compliance.Channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Don't call me at work", "no llamen a mi trabajo", "my boss doesn't allow calls"; "only text me", "email only",
 * "solo por mensaje". "Only text me after 6" may mean texts only, or texts only after 6: the time is read (both readings
 * rule it out), the channel goes to a person. A preference ("I prefer email", "text me instead") is no limit.
 */
final class WorkAndChannelLimits {

    private static final String PLACE = "(?:my |the |a |your )?(?:work|job|office|workplace|employer|work phone)";
    private static final String LUGAR = "(?:al|a mi|en el|en mi|a la|en la|del|de mi) (?:trabajo|oficina|empleo|chamba)";
    private static final Pattern AT_WORK = Spans.words(String.join("|",
            "(?:do not|never|no|not|stop|quit|can not|can you not|please do not)(?: [a-z]+){0,4} (?:at|to|on) " + PLACE,
            "stop (?:calling|contacting|bothering|texting|emailing|phoning) (?:my |the )(?:work|job|office|workplace"
                    + "|employer|boss)",
            "(?:employer|boss|job|work|company) (?:does not|will not|can not|do not) (?:allow|let|permit|like)",
            "no(?: [a-z]+){0,4} " + LUGAR,
            "(?:en el|en mi) (?:trabajo|oficina) no",
            "mi (?:jefe|trabajo|empleador|patron|patrona) no (?:me )?(?:deja|permite|dejan)"));
    private static final Pattern THIS_IS_WORK = Spans.words(String.join("|",
            "this is (?:my |a |the )?(?:work|office|job|business) (?:number|phone|cell|line|email|email address"
                    + "|address)",
            "this (?:number|phone|email|email address|cell|line|address) is (?:my |for |the )?(?:work|office|job"
                    + "|business)",
            "(?:es|este es) (?:mi|el) (?:numero|telefono|cel|celular|correo|email)(?: [a-z]+)? (?:del|de mi) "
                    + "(?:trabajo|oficina)",
            "(?:este|esta) (?:numero|telefono|cel|celular|correo|linea) es (?:del|de mi) (?:trabajo|oficina)"));
    private static final Pattern ONLY_BEFORE = Spans.words("(?:only|just|solo|solamente|unicamente|nada mas|nomas)"
            + "(?: (?:contact|reach|contactenme|contactarme|me))?(?: me| us)?"
            + "(?: (?:by|via|through|on|with|using|over|por|con|al|a mi|in))?(?: (?:a|the|un|una))? (" + ChannelWords.ANY
            + "|writing|letters?|mail|escrito|carta|cartas|correo postal)(?: me)?");
    private static final Pattern ONLY_AFTER = Spans.words("(?:by |via |por )?(" + ChannelWords.ANY + ")(?: me)?"
            + " (?:only|solamente|nada mas|nomas)");
    private static final Pattern TIME_NEXT = Pattern.compile("^ (?:only |solo )?(?:after|before|until|till|between"
            + "|from|in the|at night|on|despues|antes|hasta|entre|de|desde|por la|en la|por las|en las|\\d|mornings?"
            + "|evenings?|afternoons?)");

    private final Spans spans;
    private final String text;
    private boolean unsure;

    WorkAndChannelLimits(Spans spans) {
        this.spans = spans;
        this.text = spans.text();
    }

    boolean unsure() {
        return unsure;
    }

    List<ContactLimit> read() {
        List<ContactLimit> limits = new ArrayList<>(2);
        if (spans.next(AT_WORK.matcher(text)) != null) {
            boolean thisAddress = spans.next(THIS_IS_WORK.matcher(text)) != null;
            limits.add(ContactLimit.atWork(thisAddress));
            unsure |= !thisAddress;
        } else if (spans.next(THIS_IS_WORK.matcher(text)) != null) {
            limits.add(ContactLimit.atWork(true));
        }
        Matcher before = ONLY_BEFORE.matcher(text);
        while (spans.next(before) != null) {
            only(before.group(1), before.end(), true).ifPresent(limits::add);
        }
        Matcher after = ONLY_AFTER.matcher(text);
        while (spans.next(after) != null) {
            only(after.group(1), after.end(), false).ifPresent(limits::add);
        }
        return limits;
    }

    /**
     * Nothing when the channel is one CureFlow does not have, or when a time follows the words: "call me only after 6"
     * limits the time; "only call me after 6" may limit the channel too, which a person decides.
     */
    private Optional<ContactLimit> only(String word, int end, boolean onlyFirst) {
        Optional<Channel> channel = ChannelWords.of(word);
        boolean timeNext = TIME_NEXT.matcher(text.substring(end)).find();
        if (channel.isEmpty() || timeNext) {
            unsure |= channel.isEmpty() || onlyFirst;
            return Optional.empty();
        }
        return Optional.of(ContactLimit.only(channel.get()));
    }
}
