package io.cureflow.outreach.internal.compose;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code cureflow.outreach.payment-link.*}.
 *
 * @param baseUrl  where the self-service page is served, with the scheme; links read baseUrl/pay/token
 * @param secret   the HMAC-SHA256 key that signs the tokens; empty only in the default profile, where one is
 *                 generated at start (links then stop working after a restart)
 * @param validFor how long a link works after it was written
 */
@Validated
@ConfigurationProperties("cureflow.outreach.payment-link")
public record PaymentLinkProperties(@NotBlank @Pattern(regexp = "https://[^\\s/?#]+(/[^\\s?#]*)?")
                                    @DefaultValue("https://pay.cureflow.example") String baseUrl,
                                    @NotNull @DefaultValue("") String secret,
                                    @NotNull @DefaultValue("P30D") Duration validFor) {
}
