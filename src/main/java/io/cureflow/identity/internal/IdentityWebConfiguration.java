package io.cureflow.identity.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The login page, and the start page: the case list. */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController(SecurityConfiguration.LOGIN_PAGE).setViewName("identity/login");
        registry.addRedirectViewController("/", "/cases");
    }
}
