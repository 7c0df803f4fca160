package io.cureflow.compliance.internal;

/** One compliance rule. Rules are Spring beans; the evaluator asks every one of them about every contact. */
public interface ComplianceRule {

    /** Stable id stored with each decision, e.g. {@code RF-12}. */
    String id();

    /** The law the rule comes from, as a person would cite it. */
    String citation();

    RuleResult evaluate(ContactContext context);

    /** True when a supervisor may lift this rule's block for one contact with a documented reason. */
    default boolean overridable() {
        return false;
    }
}
