/**
 * Outreach channels: composing messages, sending them (the sandbox in the default profile), and taking in replies.
 * Replies are announced as {@link io.cureflow.outreach.BorrowerReplied} events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach")
package io.cureflow.outreach;
