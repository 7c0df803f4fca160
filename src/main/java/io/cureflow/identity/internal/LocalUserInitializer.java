package io.cureflow.identity.internal;

import io.cureflow.identity.Role;
import io.cureflow.identity.internal.IdentityProperties.LocalUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the configured local users and their groups in Camunda's identity store at startup. Existing users are
 * left exactly as they are, so passwords changed in Camunda Admin survive a restart.
 */
@Component
class LocalUserInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LocalUserInitializer.class);

    private final IdentityService identityService;
    private final IdentityProperties properties;

    LocalUserInitializer(IdentityService identityService, IdentityProperties properties) {
        this.identityService = identityService;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            createGroupIfMissing(role);
        }
        long created = properties.localUsers().stream().filter(this::createUserIfMissing).count();
        if (created > 0) {
            log.info("Created {} local users in the Camunda identity store", created);
        }
    }

    private void createGroupIfMissing(Role role) {
        if (identityService.createGroupQuery().groupId(role.groupId()).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(role.groupId());
        group.setName(role.groupName());
        group.setType(role == Role.ADMIN ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
        identityService.saveGroup(group);
    }

    private boolean createUserIfMissing(LocalUser localUser) {
        if (identityService.createUserQuery().userId(localUser.id()).count() > 0) {
            return false;
        }
        User user = identityService.newUser(localUser.id());
        user.setFirstName(localUser.firstName());
        user.setLastName(localUser.lastName());
        user.setPassword(localUser.password());
        identityService.saveUser(user);
        localUser.groups().forEach(groupId -> identityService.createMembership(localUser.id(), groupId));
        return true;
    }
}
