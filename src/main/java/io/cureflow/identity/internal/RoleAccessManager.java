package io.cureflow.identity.internal;

import io.cureflow.identity.Role;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.UrlPathHelper;

/** Grants a request when the caller holds one of the roles {@link AccessRules} allow on its path. */
final class RoleAccessManager implements AuthorizationManager<RequestAuthorizationContext> {

    private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

    @Override
    @SuppressWarnings("deprecation") // check() is the method Spring Security 6.5 still requires implementors to provide
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        Set<String> allowed = AccessRules.rolesFor(PATHS.getPathWithinApplication(context.getRequest())).stream()
                .map(Role::authority)
                .collect(Collectors.toSet());
        boolean granted = caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(allowed::contains);
        return new AuthorizationDecision(granted);
    }
}
