/**
 * Understanding borrowers' replies: one primary intent per inbound text (with a hardship category, a promised date and
 * amount, and the words that decided it). The default classifier runs offline; a language model can be configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Understanding replies")
package io.cureflow.understanding;
