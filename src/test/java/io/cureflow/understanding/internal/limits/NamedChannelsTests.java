package io.cureflow.understanding.internal.limits;

import io.cureflow.compliance.Channel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The channels an opt-out closes; "-" when it names none, so the channel it came by is closed. */
class NamedChannelsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            please stop texting me                     | SMS
            no more texts                              | SMS
            don't text me                              | SMS
            STOP SENDING ME TEXT MESSAGES              | SMS
            quit txting me                             | SMS
            no more emails                             | EMAIL
            don't email me                             | EMAIL
            please stop e-mailing me                   | EMAIL
            unsubscribe me from these emails           | EMAIL
            stop calling me                            | CALL
            no more robocalls                          | CALL
            don't email me, text me instead            | EMAIL
            don't email me. text me instead            | EMAIL
            no texts, only calls                       | SMS
            take my number off your list               | SMS CALL
            stop calling and texting me                | SMS CALL
            no me manden mensajes de texto             | SMS
            no más textos por favor                    | SMS
            no me manden correos                       | EMAIL
            dejen de enviarme correos electrónicos     | EMAIL
            no me llamen más                           | CALL
            no más llamadas                            | CALL
            stop                                       | -
            unsubscribe                                | -
            stop sending me messages                   | -
            I got your text, stop contacting me        | -
            """)
    void namesTheChannelsTheOptOutCloses(String reply, String expected) {
        Set<Channel> channels = expected.strip().equals("-") ? EnumSet.noneOf(Channel.class)
                : Arrays.stream(expected.strip().split(" ")).map(Channel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));

        assertThat(NamedChannels.in(reply)).isEqualTo(channels);
    }
}
