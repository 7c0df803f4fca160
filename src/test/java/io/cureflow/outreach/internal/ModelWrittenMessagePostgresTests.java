package io.cureflow.outreach.internal;

import io.cureflow.support.EmbeddedPostgresSupport;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ModelWrittenMessageTests} on a real PostgreSQL: provenance is stored there as on H2. */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ModelWrittenMessagePostgresTests extends ModelWrittenMessageTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }
}
