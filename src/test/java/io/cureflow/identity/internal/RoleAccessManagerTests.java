package io.cureflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

class RoleAccessManagerTests {

    private final RoleAccessManager manager = new RoleAccessManager();

    @Test
    void grantsAManagerTheImport() {
        assertThat(granted(caller("ROLE_MANAGER"), "/api/v1/accounts/import")).isTrue();
    }

    @Test
    void refusesAnAgentTheImport() {
        assertThat(granted(caller("ROLE_AGENT"), "/api/v1/accounts/import")).isFalse();
    }

    @Test
    void refusesASignedInUserWithoutAnyCureFlowRole() {
        assertThat(granted(caller(), "/cases")).isFalse();
    }

    @Test
    void refusesAnonymousCallers() {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(granted(anonymous, "/cases")).isFalse();
    }

    @Test
    void judgesThePathWithinTheApplicationContext() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/cureflow/api/v1/accounts/import");
        request.setContextPath("/cureflow");
        assertThat(manager.authorize(() -> caller("ROLE_AGENT"), new RequestAuthorizationContext(request)).isGranted())
                .isFalse();
    }

    private boolean granted(Authentication caller, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        return manager.authorize(() -> caller, new RequestAuthorizationContext(request)).isGranted();
    }

    private static Authentication caller(String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated("someone", null,
                List.copyOf(AuthorityUtils.createAuthorityList(authorities)));
    }
}
