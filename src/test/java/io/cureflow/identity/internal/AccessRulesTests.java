package io.cureflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cureflow.identity.Role;
import org.junit.jupiter.api.Test;

class AccessRulesTests {

    @Test
    void letsOnlyAdminsAndManagersImportAndChangeAccounts() {
        assertThat(AccessRules.rolesFor("/api/v1/accounts/import")).containsExactlyInAnyOrder(Role.ADMIN, Role.MANAGER);
        assertThat(AccessRules.rolesFor("/api/v1/accounts")).containsExactlyInAnyOrder(Role.ADMIN, Role.MANAGER);
        assertThat(AccessRules.rolesFor("/api/v1/imports/42")).containsExactlyInAnyOrder(Role.ADMIN, Role.MANAGER);
        assertThat(AccessRules.rolesFor("/imports")).containsExactlyInAnyOrder(Role.ADMIN, Role.MANAGER);
    }

    @Test
    void letsOnlyAdminsAndManagersOverrideAComplianceDecision() {
        assertThat(AccessRules.rolesFor("/api/v1/compliance/decisions/42/override"))
                .containsExactlyInAnyOrder(Role.ADMIN, Role.MANAGER);
        assertThat(AccessRules.rolesFor("/api/v1/contact-attempts")).containsExactlyInAnyOrder(Role.values());
        assertThat(AccessRules.rolesFor("/api/v1/compliance/call-consents")).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void letsEveryRolePostPayments() {
        assertThat(AccessRules.rolesFor("/api/v1/payments")).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void letsEveryRoleReadCasesAndCompliance() {
        assertThat(AccessRules.rolesFor("/api/v1/cases/7")).containsExactlyInAnyOrder(Role.values());
        assertThat(AccessRules.rolesFor("/api/v1/compliance/decisions")).containsExactlyInAnyOrder(Role.values());
        assertThat(AccessRules.rolesFor("/cases")).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void letsEveryRoleRecordAndLiftContactRestrictions() {
        assertThat(AccessRules.rolesFor("/api/v1/compliance/restrictions")).containsExactlyInAnyOrder(Role.values());
        assertThat(AccessRules.rolesFor("/api/v1/compliance/restrictions/5/lift"))
                .containsExactlyInAnyOrder(Role.values());
        assertThat(AccessRules.rolesFor("/api/v1/compliance/revocations")).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void keepsTheEngineRestApiForAdmins() {
        assertThat(AccessRules.rolesFor("/engine-rest/process-definition")).containsExactly(Role.ADMIN);
    }

    @Test
    void doesNotMistakeASimilarPrefixForAProtectedPath() {
        assertThat(AccessRules.rolesFor("/api/v1/accountsummary")).containsExactlyInAnyOrder(Role.values());
    }
}
