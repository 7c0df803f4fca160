package io.cureflow.outreach.internal;

import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.content.ContentProperties;
import io.cureflow.compliance.internal.states.StatesProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/** The compliance module's real content guardrail and redactor, for outreach slices. */
@TestConfiguration
@ComponentScan(basePackages = {"io.cureflow.compliance.internal.content", "io.cureflow.compliance.internal.redaction"})
@Import(ComplianceMessages.class)
@EnableConfigurationProperties({ContentProperties.class, StatesProperties.class})
class ContentGuardrailBeans {
}
