package io.cureflow.understanding.internal.limits;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits read from real phrasings, written the way compliance records them: "time -18:00" rules out midnight to
 * 6 pm, "time 19:00-17:00" runs past midnight, "days Sat Sun" rules out whole days, "only SMS", "work" (the work
 * number unknown), "work here" (the reply came from it); "?" marks a reply that also goes to a person.
 */
class ContactLimitReaderTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            only after 6pm please                         | time -18:00
            call after 6pm                                | time -18:00
            call me after 6                               | time -18:00
            CALL AFTER 6 PM!!                             | time -18:00
            after 6:30 p.m. is better                     | time -18:30
            you can call after 18:00                      | time -18:00
            only after 18h                                | time -18:00
            after six please                              | time -18:00
            I can only talk after 5                       | time -17:00
            not before 10 am                              | time -10:00
            don't call me before 9am                      | time -09:00
            pls dont call b4 10am                         | ?
            no calls before 9:30 am please                | time -09:30
            please call before 9am                        | time 09:00-
            don't call after 8pm                          | time 20:00-
            i cant talk after 7                           | time 19:00-
            don't call before 9am or after 8pm            | time 20:00-09:00
            between 5 and 7                               | time 19:00-17:00
            call me between 5 and 7pm                     | time 19:00-17:00
            call between 9 and 5                          | time 17:00-09:00
            call between 10 and 2                         | time 14:00-10:00
            between 9am and 11am only                     | time 11:00-09:00
            from 9am to 5pm                               | time 17:00-09:00
            5-7pm is best                                 | time 19:00-17:00
            don't call between 3 and 5                    | time 15:00-17:00
            not between 12 and 1                          | time 12:00-13:00
            between 8 and 10                              | ?
            after 8                                       | ?
            not before 9                                  | ?
            evenings only                                 | time -17:00
            call me in the evening                        | time -17:00
            mornings                                      | time 12:00-
            only in the mornings                          | time 12:00-
            afternoons are best                           | time 17:00-12:00
            not in the morning                            | time -12:00
            no calls at night                             | time 19:00-
            I work nights                                 | time 19:00-
            I'm busy until 5                              | time -17:00
            I'm at work until 6                           | time -18:00
            not until after 6                             | time -18:00
            don't call until after 6pm                    | time -18:00
            call me until 5                               | ?
            weekends only                                 | days Mon Tue Wed Thu Fri
            only on weekends                              | days Mon Tue Wed Thu Fri
            not on weekends                               | days Sat Sun
            not on sundays                                | days Sun
            only call on saturdays and sundays            | days Mon Tue Wed Thu Fri ?
            weekdays after 6                              | time -18:00; days Sat Sun
            any day after 5 except fridays                | time -17:00; days Fri
            cualquier día después de las 5 menos los viernes | time -17:00; days Fri
            not on weekdays 3 to 5 pm                     | time 15:00-17:00 Mon Tue Wed Thu Fri
            call me on saturday                           | ?
            call me this evening                          | ?
            call me later                                 | ?
            after work                                    | ?
            call me after lunch                           | ?
            Good morning, only after 6pm please           | time -18:00
            después de las 6                              | time -18:00
            solo después de las 6 de la tarde             | time -18:00
            llámenme después de las 18:00                 | time -18:00
            a partir de las 6 de la tarde                 | time -18:00
            antes de las 9 de la mañana por favor         | time 09:00-
            only by email                                 | only EMAIL
            no me llamen antes de las 10                  | ?
            no me llamen antes de las 10 am               | time -10:00
            no antes de las 10 de la mañana               | time -10:00
            no me llamen después de las 8 de la noche     | time 20:00-
            entre las 5 y las 7                           | time 19:00-17:00
            de 9 a 5                                      | time 17:00-09:00
            solo por las tardes                           | time 19:00-12:00
            en las mañanas por favor                      | time 12:00-
            por la noche                                  | time -19:00
            solo los fines de semana                      | days Mon Tue Wed Thu Fri
            no los domingos                               | days Sun
            llámame mañana                                | ?
            estoy ocupado hasta las 5                     | time -17:00
            trabajo hasta las 6                           | time -18:00
            only text me                                  | only SMS
            text only please                              | only SMS
            just text                                     | only SMS
            only contact me by email                      | only EMAIL
            email only                                    | only EMAIL
            ONLY TEXT MESSAGES                            | only SMS
            only call me, no texts                        | only CALL
            solo por mensaje                              | only SMS
            solo mensajes de texto por favor              | only SMS
            solamente por correo                          | only EMAIL
            únicamente por correo electrónico             | only EMAIL
            only in writing                               | ?
            only by mail                                  | ?
            text me only after 6                          | time -18:00
            only text me after 6                          | time -18:00 ?
            I prefer email                                | ?
            text me instead                               | ?
            don't call me at work                         | work ?
            please do not call me at my job               | work ?
            stop calling my work                          | work ?
            no calls at work please                       | work ?
            my employer doesn't allow personal calls      | work ?
            no llamen a mi trabajo                        | work ?
            no me llamen al trabajo por favor             | work ?
            en el trabajo no puedo hablar                 | work ?
            this is my work number, don't call me at work | work here
            don't text me at work, this is my work phone  | work here
            es mi número del trabajo, no me llamen aquí   | work here
            don't call me at work, only after 6pm         | work; time -18:00 ?
            only text me, never at work                   | work; only SMS ?
            """)
    void readsTheLimitsItIsSureOf(String reply, String expected) {
        assertThat(described(ContactLimitReader.read(reply))).isEqualTo(expected.strip());
    }

    private static String described(ContactLimits limits) {
        String read = limits.limits().stream().map(ContactLimitReaderTests::described)
                .collect(Collectors.joining("; "));
        return limits.unsure() ? (read.isEmpty() ? "?" : read + " ?") : read;
    }

    private static String described(ContactLimit limit) {
        return switch (limit.kind()) {
            case NO_CONTACT_AT_WORK -> limit.thisAddress() ? "work here" : "work";
            case CHANNEL_ONLY -> "only " + limit.channel();
            default -> ("time " + (limit.from() == null ? "" : limit.from()) + "-"
                    + (limit.until() == null ? "" : limit.until()) + " " + days(limit)).strip()
                    .replace("time - ", "days ").replaceAll("^time -$", "days");
        };
    }

    private static String days(ContactLimit limit) {
        return limit.days().stream().sorted().map(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(" "));
    }
}
