package io.cureflow.compliance;

/** Every proposed contact passes here; every decision is stored with its inputs. */
public interface ContactComplianceGate {

    ComplianceDecision evaluate(ContactProposal proposal);
}
