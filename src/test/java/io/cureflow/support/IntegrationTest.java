package io.cureflow.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on an in-memory H2 database, without demo data or the job executor, with MockMvc. Classes that
 * use it share one context, so they give their records ids of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:cureflow-it;DB_CLOSE_DELAY=-1",
        "cureflow.account.demo-data.enabled=false",
        "camunda.bpm.job-execution.enabled=false"
})
@AutoConfigureMockMvc
public @interface IntegrationTest {
}
