/**
 * Engine glue: starts a case's journey, correlates payments and replies by business key, hosts the thin delegates and
 * the in-process outreach worker. All Camunda-specific Java code lives here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journey")
package io.cureflow.journey;
