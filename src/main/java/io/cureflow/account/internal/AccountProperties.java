package io.cureflow.account.internal;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param businessZone the zone whose calendar days count days past due
 * @param demoData     whether an empty database gets the demo accounts on start
 * @param importChunkSize rows written per transaction during an import
 */
@Validated
@ConfigurationProperties("cureflow.account")
public record AccountProperties(@NotNull @DefaultValue("America/New_York") ZoneId businessZone,
                                @NotNull @DefaultValue DemoData demoData,
                                @DefaultValue("500") int importChunkSize) {

    public record DemoData(@DefaultValue("true") boolean enabled) {
    }
}
