package io.cureflow.compliance.internal.caps;

import io.cureflow.compliance.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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
                             @Valid Cap sms, @Valid Cap email, @Valid Cap call, @Valid Cap allChannels) {

    public static final Cap DEFAULT_SMS = new Cap(1, 3);
    public static final Cap DEFAULT_EMAIL = new Cap(1, 3);
    public static final Cap DEFAULT_CALL = new Cap(3, 7);
    public static final Cap DEFAULT_ALL_CHANNELS = new Cap(3, 10);

    public CapsProperties {
        sms = sms != null ? sms : DEFAULT_SMS;
        email = email != null ? email : DEFAULT_EMAIL;
        call = call != null ? call : DEFAULT_CALL;
        allChannels = allChannels != null ? allChannels : DEFAULT_ALL_CHANNELS;
    }

    /** @param weekly over the 7 consecutive local days that end on the day of the contact */
    public record Cap(@Positive int daily, @Positive int weekly) {

        @AssertTrue(message = "a daily cap above the weekly cap can never be used")
        public boolean isDailyWithinWeekly() {
            return daily <= weekly;
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
