package io.cureflow.compliance.internal;

import io.cureflow.testdb.EmbeddedPostgresDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/** {@link ComplianceGateServiceTests} on a real PostgreSQL. */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedPostgresDatabase.class)
class ComplianceGateServicePostgresTests extends ComplianceGateServiceTests {
}
