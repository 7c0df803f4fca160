package io.cureflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@IdentityIntegrationTest
class SecurityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identityService;

    @Nested
    class Api {

        @Test
        void answersAnAnonymousCallWithA401JsonBodyInsteadOfTheLoginPage() throws Exception {
            mvc.perform(get("/api/v1/cases/1").accept(MediaType.TEXT_HTML))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Basic realm=\"CureFlow\""))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.error").value("unauthorized"));
        }

        @Test
        void refusesAWrongPassword() throws Exception {
            String userId = userWhoMayBeLockedOut();
            mvc.perform(get("/api/v1/cases/1").with(httpBasic(userId, "not-the-password")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.error").value("unauthorized"));
        }

        @Test
        void forbidsAnAgentTheAccountImportWithA403JsonBody() throws Exception {
            mvc.perform(post("/api/v1/accounts/import").with(httpBasic("agent", "agent")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error").value("forbidden"));
        }

        @Test
        void needsNoCsrfTokenAndCreatesNoSession() throws Exception {
            mvc.perform(post("/api/v1/payments").with(httpBasic("agent", "agent")))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403))
                    .andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull());
        }
    }

    @Nested
    class EngineRest {

        @Test
        void refusesAnAnonymousCall() {
            ResponseEntity<String> response = rest.getForEntity("/engine-rest/process-definition", String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getBody()).contains("\"error\":\"unauthorized\"");
        }

        @Test
        void answersTheAdminWithBasicAuthentication() {
            ResponseEntity<String> response = rest.withBasicAuth("admin", "admin")
                    .getForEntity("/engine-rest/process-definition", String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).startsWith("[");
        }

        @Test
        void forbidsAnAgent() {
            ResponseEntity<String> response = rest.withBasicAuth("agent", "agent")
                    .getForEntity("/engine-rest/process-definition", String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Nested
    class CamundaWebapps {

        @Test
        void leaveCockpitsApiToTheWebappsOwnLoginWhichRefusesAnonymousCalls() {
            ResponseEntity<String> response = rest.getForEntity(
                    "/camunda/api/cockpit/plugin/base/default/process-definition/statistics", String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        @Test
        void signInTheDefaultAdminToCockpit() {
            ResponseEntity<String> page = rest.getForEntity("/camunda/app/cockpit/default/", String.class);
            String csrfToken = page.getHeaders().getFirst("X-XSRF-TOKEN");
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            headers.set("X-XSRF-TOKEN", csrfToken);
            headers.put(HttpHeaders.COOKIE, page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                    .map(cookie -> cookie.split(";", 2)[0]).toList());
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("username", "admin");
            form.add("password", "admin");

            ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/cockpit",
                    new HttpEntity<>(form, headers), String.class);

            assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(login.getBody()).contains("\"userId\":\"admin\"").contains("cockpit");
        }

        @Test
        void serveTheirOwnLoginPageToAnonymousVisitors() {
            ResponseEntity<String> response = rest.getForEntity("/camunda/app/cockpit/default/", String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }

    @Nested
    class Pages {

        @Test
        void sendAnAnonymousVisitorToTheLoginPage() throws Exception {
            mvc.perform(get("/cases")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        }

        @Test
        void showTheLoginPageInSpanish() throws Exception {
            mvc.perform(get("/login").locale(Locale.forLanguageTag("es")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Iniciar sesión")));
        }

        @Test
        void signInEachDefaultUser() throws Exception {
            mvc.perform(formLogin().user("admin").password("admin"))
                    .andExpect(authenticated().withUsername("admin").withRoles("ADMIN"));
            mvc.perform(formLogin().user("agent").password("agent"))
                    .andExpect(authenticated().withUsername("agent").withRoles("AGENT"));
            mvc.perform(formLogin().user("manager").password("manager"))
                    .andExpect(authenticated().withUsername("manager").withRoles("MANAGER"))
                    .andExpect(redirectedUrl("/"));
        }

        @Test
        void sendAFailedSignInBackToTheLoginPageWithAnError() throws Exception {
            mvc.perform(formLogin().user("nobody").password("guess"))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }

        @Test
        void refuseASignInWithoutCsrfToken() throws Exception {
            mvc.perform(post("/login").param("username", "admin").param("password", "admin"))
                    .andExpect(status().isForbidden())
                    .andExpect(unauthenticated());
        }

        @Test
        void startAtTheCaseList() throws Exception {
            mvc.perform(get("/").with(user("agent").roles("AGENT")))
                    .andExpect(redirectedUrl("/cases"));
        }

        @Test
        void signOutWithCsrf() throws Exception {
            mvc.perform(post("/logout").with(user("agent").roles("AGENT")).with(csrf()))
                    .andExpect(redirectedUrl("/login?logout"));
        }
    }

    @Test
    void describesHttpBasicInTheApiDocsForSwaggerUi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
                .andExpect(jsonPath("$.security[0].basicAuth").isArray());
    }

    @Test
    void letsAnyoneReadTheHealth() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void letsAnyoneLoadTheStylesheet() throws Exception {
        mvc.perform(get("/css/cureflow.css")).andExpect(status().isOk());
    }

    /** Camunda delays a user's next sign-in after a wrong password, so this one is kept apart from the defaults. */
    private String userWhoMayBeLockedOut() {
        String userId = "wrongpassword";
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setPassword("right-password");
            identityService.saveUser(user);
        }
        return userId;
    }
}
