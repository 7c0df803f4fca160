package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.OutboundContent;

import java.util.List;

/** One family of content checks; the guardrail runs every one of them on every message. */
interface ContentCheck {

    List<ComplianceReason> check(OutboundContent content);
}
