/** Login and roles: local users in the default profile, kept in Camunda's identity store and mapped to its groups. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.cureflow.identity;
