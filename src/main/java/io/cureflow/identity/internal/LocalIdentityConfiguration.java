package io.cureflow.identity.internal;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;

/** Sign-in against the users kept in Camunda's identity store, the same users Cockpit, Tasklist and Admin know. */
@Configuration(proxyBeanMethods = false)
class LocalIdentityConfiguration {

    @Bean
    AuthenticationProvider camundaIdentityAuthenticationProvider(IdentityService identityService) {
        return new CamundaIdentityAuthenticationProvider(identityService);
    }
}
