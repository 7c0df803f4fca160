/**
 * Decides whether a contact may happen at a given moment and records every decision and attempt in the contact
 * ledger. The journey asks {@link io.cureflow.compliance.ContactComplianceGate} before every outreach.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance")
package io.cureflow.compliance;
