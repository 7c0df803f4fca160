package io.cureflow.compliance.internal.caps;

import io.cureflow.compliance.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code cureflow.compliance.caps.*}: how many contacts one person may get per local day and per 7 local days, per
 * channel and across channels (Reg F §1006.14(a), comments 14(a)-1 and -2). The law names no numbers: the defaults are
 * CureFlow's policy. Voicemails count with calls.
 */
@Validated
@ConfigurationProperties("cureflow.compliance.caps")
public record CapsProperties(@DefaultValue("true") boolean enabled,
                             @Valid @NotNull @DefaultValue Sms sms,
                             @Valid @NotNull @DefaultValue Email email,
                             @Valid @NotNull @DefaultValue Call call,
                             @Valid @NotNull @DefaultValue AllChannels allChannels) {

    /** {@code weekly} counts the 7 consecutive local days that end on the day of the contact. */
    public interface Cap {

        int daily();

        int weekly();
    }

    public record Sms(@Positive @DefaultValue("1") int daily, @Positive @DefaultValue("3") int weekly) implements Cap {
        public Sms {
            dailyWithinWeekly(daily, weekly);
        }
    }

    public record Email(@Positive @DefaultValue("1") int daily, @Positive @DefaultValue("3") int weekly)
            implements Cap {
        public Email {
            dailyWithinWeekly(daily, weekly);
        }
    }

    public record Call(@Positive @DefaultValue("3") int daily, @Positive @DefaultValue("7") int weekly)
            implements Cap {
        public Call {
            dailyWithinWeekly(daily, weekly);
        }
    }

    public record AllChannels(@Positive @DefaultValue("3") int daily, @Positive @DefaultValue("10") int weekly)
            implements Cap {
        public AllChannels {
            dailyWithinWeekly(daily, weekly);
        }
    }

    private static void dailyWithinWeekly(int daily, int weekly) {
        if (daily > weekly) {
            throw new IllegalArgumentException("a daily cap above the weekly cap can never be used");
        }
    }

    public Cap of(Channel channel) {
        return switch (channel) {
            case SMS -> sms;
            case EMAIL -> email;
            case CALL, VOICEMAIL -> call;
        };
    }
}
