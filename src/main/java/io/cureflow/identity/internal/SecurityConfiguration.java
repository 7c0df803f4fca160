package io.cureflow.identity.internal;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Three filter chains: the REST APIs (HTTP Basic, stateless, no CSRF), the Camunda webapps (left to their own login
 * and CSRF filter), and CureFlow's pages (form login with CSRF). Who may do what is decided by {@link AccessRules}.
 * It needs no engine, so web slice tests can {@code @Import} it to run under the real role rules.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        ApiSecurityErrors errors = new ApiSecurityErrors();
        return http
                .securityMatcher(new OrRequestMatcher(
                        withDefaults().matcher("/api/**"), withDefaults().matcher("/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().access(new RoleAccessManager()))
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(errors)
                        .accessDeniedHandler(errors))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /** Cockpit, Tasklist and Admin authenticate against the same identity store with their own login page. */
    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(
                                withDefaults().matcher(LOGIN_PAGE),
                                withDefaults().matcher("/error"),
                                withDefaults().matcher("/actuator/health/**"),
                                withDefaults().matcher("/css/**"),
                                withDefaults().matcher("/webjars/**"),
                                withDefaults().matcher("/favicon.ico"))
                        .permitAll()
                        .anyRequest().access(new RoleAccessManager()))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .build();
    }
}
