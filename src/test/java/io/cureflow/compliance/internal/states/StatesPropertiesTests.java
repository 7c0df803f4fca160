package io.cureflow.compliance.internal.states;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class StatesPropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StatesProperties.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(Config.class);

    @Test
    void defaultsToTheStatesNumbers() {
        runner.run(context -> {
            StatesProperties states = context.getBean(StatesProperties.class);
            assertThat(states.ma().enabled()).isTrue();
            assertThat(states.ma().personalNumbers()).extracting("max", "days").containsExactly(2, 7);
            assertThat(states.ma().otherNumbers()).extracting("max", "days").containsExactly(2, 30);
            assertThat(states.wa().communications()).extracting("max", "days").containsExactly(3, 7);
            assertThat(states.wa().contactHours().start()).isEqualTo(LocalTime.of(7, 30));
            assertThat(states.wa().contactHours().end()).isEqualTo(LocalTime.of(21, 0));
            assertThat(states.ca().enabled()).isTrue();
            assertThat(states.ca().contactHours().start()).isEqualTo(LocalTime.of(8, 0));
            assertThat(states.fl().contactHours().end()).isEqualTo(LocalTime.of(21, 0));
            assertThat(states.nyc().enabled()).isFalse();
            assertThat(states.nyc().effectiveFrom()).isNull();
            assertThat(states.nyc().communications()).extracting("max", "days").containsExactly(3, 7);
            assertThat(states.nyc().zipPrefixes())
                    .containsExactly("100", "101", "102", "103", "104", "110", "111", "112", "113", "114", "116");
            assertThat(states.ca().contactHours().lastCallStart()).isEqualTo(LocalTime.of(20, 45));
        });
    }

    @Test
    void switchesTheCityPackOnFromADate() {
        runner.withPropertyValues("cureflow.compliance.states.nyc.enabled=true",
                        "cureflow.compliance.states.nyc.effective-from=2027-01-01",
                        "cureflow.compliance.states.wa.enabled=false")
                .run(context -> {
                    StatesProperties states = context.getBean(StatesProperties.class);
                    assertThat(states.nyc().enabled()).isTrue();
                    assertThat(states.nyc().effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
                    assertThat(states.wa().enabled()).isFalse();
                });
    }

    @Test
    void refusesALimitOfZero() {
        runner.withPropertyValues("cureflow.compliance.states.ma.personal-numbers.max=0",
                        "cureflow.compliance.states.ma.personal-numbers.days=7")
                .run(context -> assertThat(context).hasFailed());
    }
}
