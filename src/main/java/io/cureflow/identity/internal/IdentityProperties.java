package io.cureflow.identity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code cureflow.identity.*}: the local users created in Camunda's identity store when they are missing. */
@Validated
@ConfigurationProperties("cureflow.identity")
public record IdentityProperties(@Valid List<LocalUser> localUsers) {

    public IdentityProperties {
        localUsers = localUsers == null ? List.of() : List.copyOf(localUsers);
    }

    /** Camunda accepts only letters and digits in user ids by default; groups must be ones CureFlow maps to a role. */
    public record LocalUser(
            @NotBlank @Pattern(regexp = "[a-zA-Z0-9]+", message = "must contain only letters and digits") String id,
            @NotBlank String firstName,
            @NotBlank String lastName,
            @NotBlank String password,
            @NotEmpty List<@Pattern(regexp = "camunda-admin|agents|managers",
                    message = "must be one of camunda-admin, agents, managers") String> groups) {
    }
}
