package io.cureflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@IdentityIntegrationTest
class LocalUserInitializerTests {

    @Autowired
    IdentityService identityService;

    @Autowired
    LocalUserInitializer initializer;

    @Test
    void createsTheDefaultUsersInTheirGroups() {
        assertThat(groupsOf("admin")).containsExactly("camunda-admin");
        assertThat(groupsOf("agent")).containsExactly("agents");
        assertThat(groupsOf("manager")).containsExactly("managers");
        assertThat(identityService.createUserQuery().userId("agent").singleResult().getFirstName()).isEqualTo("Alex");
    }

    @Test
    void namesTheGroups() {
        assertThat(identityService.createGroupQuery().list())
                .extracting(Group::getId, Group::getName)
                .contains(
                        tuple("camunda-admin", "Camunda administrators"),
                        tuple("agents", "Agents"),
                        tuple("managers", "Managers"));
    }

    @Test
    void leavesAnExistingUserAsItIsOnTheNextStart() {
        User manager = identityService.createUserQuery().userId("manager").singleResult();
        manager.setLastName("Renamed");
        identityService.saveUser(manager);
        identityService.deleteMembership("manager", "managers");
        try {
            initializer.run(new DefaultApplicationArguments());

            assertThat(identityService.createUserQuery().userId("manager").singleResult().getLastName())
                    .isEqualTo("Renamed");
            assertThat(groupsOf("manager")).isEmpty();
        } finally {
            manager.setLastName("Manager");
            identityService.saveUser(manager);
            identityService.createMembership("manager", "managers");
        }
    }

    @Test
    void recreatesADeletedDefaultUserOnTheNextStart() {
        identityService.deleteUser("agent");

        initializer.run(new DefaultApplicationArguments());

        assertThat(identityService.checkPassword("agent", "agent")).isTrue();
        assertThat(groupsOf("agent")).containsExactly("agents");
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
