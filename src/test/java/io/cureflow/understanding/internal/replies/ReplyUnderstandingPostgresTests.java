package io.cureflow.understanding.internal.replies;

import io.cureflow.support.EmbeddedPostgresSupport;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ReplyUnderstandingTests} on a real PostgreSQL: the V13 table, its types and its unique message id. */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ReplyUnderstandingPostgresTests extends ReplyUnderstandingTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }
}
