package io.cureflow.understanding.internal.limits;

import io.cureflow.compliance.Channel;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The channels an opt-out names: "please stop texting me" names texts, "no more emails" email, "no me llamen" calls,
 * "take my number off" texts and calls. "Messages" names no channel of its own: a message is whatever the reply came
 * by. A channel the reply names only in a clause that allows it ("don't email me, text me instead") is not closed.
 */
public final class NamedChannels {

    private static final Pattern SMS = Spans.words("text messages|text message|texts|texting|text|sms|textos|texto"
            + "|mensajes de texto|mensajes de text");
    private static final Pattern EMAIL = Spans.words(ChannelWords.EMAIL);
    private static final Pattern CALL = Spans.words(ChannelWords.CALL + "|robocalls|voicemails|voicemail|llamarme"
            + "|llamen|llame|marquen|marcarme");
    private static final Pattern NUMBER = Spans.words("my number|this number|mi numero|este numero|my phone number");
    private static final Pattern CLOSING = Pattern.compile("(?<![a-z])(?:unsubscribe|opt out|opt me out|remove|take"
            + "|delete|cancel|cancelar|baja|quit|no more|no mas)(?![a-z])");

    private NamedChannels() {
    }

    /** Empty when the reply names no channel it closes. */
    public static Set<Channel> in(String reply) {
        Set<Channel> named = EnumSet.noneOf(Channel.class);
        if (reply == null) {
            return named;
        }
        String text = LimitText.of(reply);
        if (closes(SMS, text)) {
            named.add(Channel.SMS);
        }
        if (closes(EMAIL, text)) {
            named.add(Channel.EMAIL);
        }
        if (closes(CALL, text)) {
            named.add(Channel.CALL);
        }
        if (closes(NUMBER, text)) {
            named.add(Channel.SMS);
            named.add(Channel.CALL);
        }
        return named;
    }

    private static boolean closes(Pattern channel, String text) {
        Matcher matcher = channel.matcher(text);
        while (matcher.find()) {
            int clause = Clauses.start(text, matcher.start());
            if (Clauses.negated(text, matcher.start())
                    || CLOSING.matcher(text.substring(clause, matcher.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
