package io.cureflow.identity.internal;

import io.cureflow.identity.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Which roles may call which paths, in one table; the first rule whose pattern matches decides. */
final class AccessRules {

    private record Rule(PathPattern pattern, Set<Role> roles) {
    }

    private static final Set<Role> ANY_ROLE = EnumSet.allOf(Role.class);

    private static final List<Rule> RULES = List.of(
            rule("/engine-rest/**", EnumSet.of(Role.ADMIN)),
            rule("/api/v1/compliance/decisions/*/override", EnumSet.of(Role.ADMIN, Role.MANAGER)),
            rule("/api/v1/accounts/**", EnumSet.of(Role.ADMIN, Role.MANAGER)),
            rule("/api/v1/imports/**", EnumSet.of(Role.ADMIN, Role.MANAGER)),
            rule("/imports/**", EnumSet.of(Role.ADMIN, Role.MANAGER)),
            rule("/api/v1/payments/**", EnumSet.of(Role.ADMIN, Role.MANAGER, Role.AGENT)),
            // agents record what they hear; lifting a stop is checked for a manager or an administrator by the API
            rule("/api/v1/compliance/restrictions/**", EnumSet.of(Role.ADMIN, Role.MANAGER, Role.AGENT)),
            rule("/api/v1/compliance/revocations/**", EnumSet.of(Role.ADMIN, Role.MANAGER, Role.AGENT)),
            rule("/api/v1/messages/classify", EnumSet.of(Role.ADMIN, Role.MANAGER, Role.AGENT)));

    private AccessRules() {
    }

    /** The roles allowed on a path within the application; any role where no rule is more specific. */
    static Set<Role> rolesFor(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return RULES.stream()
                .filter(rule -> rule.pattern().matches(container))
                .map(Rule::roles)
                .findFirst()
                .orElse(ANY_ROLE);
    }

    private static Rule rule(String pattern, Set<Role> roles) {
        return new Rule(PathPatternParser.defaultInstance.parse(pattern), Set.copyOf(roles));
    }
}
