package io.cureflow.outreach.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code cureflow.outreach.*}.
 *
 * @param mode                where messages go; {@code sandbox} keeps them on this machine
 * @param senderName          the business name messages are signed with; for voicemail it must not say "debt" or
 *                            "collection" (Reg F §1006.2(j))
 * @param callbackNumber      the number borrowers call back, as it should be read
 * @param voicemailContact    the person's name a voicemail asks the borrower to call (an assumed name is allowed)
 */
@Validated
@ConfigurationProperties("cureflow.outreach")
public record OutreachProperties(@NotNull @DefaultValue("sandbox") Mode mode,
                                 @NotBlank @DefaultValue("CureFlow Servicing") String senderName,
                                 @NotBlank @DefaultValue("1-800-555-0100") String callbackNumber,
                                 @NotBlank @DefaultValue("Alex Morgan") String voicemailContact) {

    public enum Mode { SANDBOX }
}
