package io.cureflow.compliance.internal.stops;

import io.cureflow.support.EmbeddedPostgresSupport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ContactRestrictionsModuleTests} on a real PostgreSQL. */
class ContactRestrictionsPostgresTests extends ContactRestrictionsModuleTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }
}
