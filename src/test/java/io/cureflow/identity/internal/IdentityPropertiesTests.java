package io.cureflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class IdentityPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesConfiguration.class)
            .withPropertyValues(
                    "cureflow.identity.local-users[0].id=agent",
                    "cureflow.identity.local-users[0].first-name=Alex",
                    "cureflow.identity.local-users[0].last-name=Agent",
                    "cureflow.identity.local-users[0].password=secret",
                    "cureflow.identity.local-users[0].groups[0]=agents");

    @Test
    void bindsAValidLocalUser() {
        runner.run(context -> assertThat(context.getBean(IdentityProperties.class).localUsers())
                .singleElement()
                .satisfies(user -> assertThat(user.groups()).containsExactly("agents")));
    }

    @Test
    void refusesToStartWithABlankPassword() {
        runner.withPropertyValues("cureflow.identity.local-users[0].password= ")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("localUsers[0].password"));
    }

    @Test
    void refusesToStartWithAGroupThatHasNoRole() {
        runner.withPropertyValues("cureflow.identity.local-users[0].groups[0]=agnets")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("localUsers[0].groups[0]"));
    }

    @Test
    void refusesToStartWithAUserIdCamundaWouldReject() {
        runner.withPropertyValues("cureflow.identity.local-users[0].id=jane.doe")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("localUsers[0].id"));
    }

    @Test
    void acceptsNoLocalUsersAtAll() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(PropertiesConfiguration.class)
                .run(context -> assertThat(context.getBean(IdentityProperties.class).localUsers()).isEmpty());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IdentityProperties.class)
    static class PropertiesConfiguration {
    }
}
