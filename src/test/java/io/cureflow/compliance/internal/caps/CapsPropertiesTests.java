package io.cureflow.compliance.internal.caps;

import io.cureflow.compliance.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class CapsPropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CapsProperties.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(Config.class);

    @Test
    void defaultsToCureFlowsPolicy() {
        runner.run(context -> {
            CapsProperties caps = context.getBean(CapsProperties.class);
            assertThat(caps.enabled()).isTrue();
            assertThat(caps.of(Channel.SMS)).isEqualTo(new CapsProperties.Sms(1, 3));
            assertThat(caps.of(Channel.EMAIL)).isEqualTo(new CapsProperties.Email(1, 3));
            assertThat(caps.of(Channel.CALL)).isEqualTo(new CapsProperties.Call(3, 7));
            assertThat(caps.of(Channel.VOICEMAIL)).isSameAs(caps.call());
            assertThat(caps.allChannels()).isEqualTo(new CapsProperties.AllChannels(3, 10));
        });
    }

    @Test
    void readsCapsFromConfiguration() {
        runner.withPropertyValues("cureflow.compliance.caps.sms.daily=2", "cureflow.compliance.caps.sms.weekly=4",
                        "cureflow.compliance.caps.all-channels.daily=5", "cureflow.compliance.caps.all-channels.weekly=12")
                .run(context -> {
                    CapsProperties caps = context.getBean(CapsProperties.class);
                    assertThat(caps.sms()).isEqualTo(new CapsProperties.Sms(2, 4));
                    assertThat(caps.allChannels()).isEqualTo(new CapsProperties.AllChannels(5, 12));
                    assertThat(caps.email()).isEqualTo(new CapsProperties.Email(1, 3));
                });
    }

    @Test
    void refusesADailyCapAboveTheWeeklyOne() {
        runner.withPropertyValues("cureflow.compliance.caps.sms.daily=4", "cureflow.compliance.caps.sms.weekly=3")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("daily cap above the weekly cap"));
    }

    @Test
    void refusesACapOfZero() {
        runner.withPropertyValues("cureflow.compliance.caps.email.daily=0", "cureflow.compliance.caps.email.weekly=3")
                .run(context -> assertThat(context).hasFailed());
    }
}
