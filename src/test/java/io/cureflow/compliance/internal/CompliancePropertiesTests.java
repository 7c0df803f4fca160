package io.cureflow.compliance.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class CompliancePropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ComplianceProperties.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(Config.class);

    @Test
    void defaultsToEightInTheMorningUntilNineInTheEvening() {
        runner.run(context -> {
            ComplianceProperties properties = context.getBean(ComplianceProperties.class);
            assertThat(properties.contactHours().start()).isEqualTo(LocalTime.of(8, 0));
            assertThat(properties.contactHours().end()).isEqualTo(LocalTime.of(21, 0));
            assertThat(properties.fallbackZones())
                    .containsExactly(ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles"));
        });
    }

    @Test
    void readsStricterHoursFromConfiguration() {
        runner.withPropertyValues("cureflow.compliance.contact-hours.start=09:00",
                        "cureflow.compliance.contact-hours.end=20:00")
                .run(context -> assertThat(context.getBean(ComplianceProperties.class).contactHours())
                        .isEqualTo(new ComplianceProperties.ContactHours(LocalTime.of(9, 0), LocalTime.of(20, 0),
                                LocalTime.of(20, 45))));
    }

    @Test
    void startsCallsBeforeQuarterToNineByDefault() {
        runner.run(context -> assertThat(context.getBean(ComplianceProperties.class).contactHours().forCalls())
                .isEqualTo(new ComplianceProperties.ContactHours(LocalTime.of(8, 0), LocalTime.of(20, 45))));
    }

    @Test
    void letsCallsStartUntilTheEndWhenTheLastCallStartIsNotBeforeIt() {
        runner.withPropertyValues("cureflow.compliance.contact-hours.last-call-start=21:00")
                .run(context -> assertThat(context.getBean(ComplianceProperties.class).contactHours().forCalls())
                        .isEqualTo(new ComplianceProperties.ContactHours(LocalTime.of(8, 0), LocalTime.of(21, 0))));
        runner.withPropertyValues("cureflow.compliance.contact-hours.end=20:00")
                .run(context -> assertThat(context.getBean(ComplianceProperties.class).contactHours().forCalls())
                        .isEqualTo(new ComplianceProperties.ContactHours(LocalTime.of(8, 0), LocalTime.of(20, 0))));
    }

    @Test
    void refusesALastCallStartBeforeTheHoursStart() {
        runner.withPropertyValues("cureflow.compliance.contact-hours.last-call-start=07:00")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("last-call-start must be after"));
    }

    @Test
    void refusesToStartWhenTheHoursEndBeforeTheyStart() {
        runner.withPropertyValues("cureflow.compliance.contact-hours.start=21:00",
                        "cureflow.compliance.contact-hours.end=08:00")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("contact-hours.start must be before"));
    }
}
