package io.cureflow.outreach.internal;

import io.cureflow.testdb.EmbeddedPostgresDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/** {@link OutreachServiceTests} on a real PostgreSQL. */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedPostgresDatabase.class)
class OutreachServicePostgresTests extends OutreachServiceTests {
}
