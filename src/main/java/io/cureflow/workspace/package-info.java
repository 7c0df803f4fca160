/** The agents' case list and case view: the timeline gathered from every module, and where the journey stands. */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace")
package io.cureflow.workspace;
