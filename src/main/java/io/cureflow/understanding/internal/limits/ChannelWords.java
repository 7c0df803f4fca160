package io.cureflow.understanding.internal.limits;

import io.cureflow.compliance.Channel;

import java.util.Optional;
import java.util.regex.Pattern;

/** The words for each channel in English and Spanish, as nouns and verbs ("texts", "texting", "llamadas", "llamen"). */
final class ChannelWords {

    static final String SMS = "text messages|text message|texts|texting|text|sms|messages|message|messaging"
            + "|mensajes de texto|mensajes|mensaje|textos|texto|escribanme|escribirme|mensajearme";
    static final String EMAIL = "emails|emailing|email|e mail|correos electronicos|correo electronico|correos|correo"
            + "|mails";
    static final String CALL = "phone calls|phone call|calls|calling|call|phone|llamadas|llamada|llamarme|llamar"
            + "|llamen|llame|telefono";
    static final String ANY = SMS + "|" + EMAIL + "|" + CALL;

    private static final Pattern IS_SMS = whole(SMS);
    private static final Pattern IS_EMAIL = whole(EMAIL);
    private static final Pattern IS_CALL = whole(CALL);

    private ChannelWords() {
    }

    static Optional<Channel> of(String word) {
        if (IS_SMS.matcher(word).matches()) {
            return Optional.of(Channel.SMS);
        }
        if (IS_EMAIL.matcher(word).matches()) {
            return Optional.of(Channel.EMAIL);
        }
        if (IS_CALL.matcher(word).matches()) {
            return Optional.of(Channel.CALL);
        }
        return Optional.empty();
    }

    private static Pattern whole(String words) {
        return Pattern.compile("(?:" + words + ")");
    }
}
