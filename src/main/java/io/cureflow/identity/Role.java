package io.cureflow.identity;

import java.util.Arrays;
import java.util.Optional;

/** What a person may do in CureFlow; each role is held through membership of one Camunda group. */
public enum Role {
    ADMIN("camunda-admin", "Camunda administrators"),
    MANAGER("managers", "Managers"),
    AGENT("agents", "Agents");

    private final String groupId;
    private final String groupName;

    Role(String groupId, String groupName) {
        this.groupId = groupId;
        this.groupName = groupName;
    }

    public String groupId() {
        return groupId;
    }

    public String groupName() {
        return groupName;
    }

    /** The Spring Security authority, as matched by {@code hasRole(name())}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> ofGroup(String groupId) {
        return Arrays.stream(values()).filter(role -> role.groupId.equals(groupId)).findFirst();
    }
}
