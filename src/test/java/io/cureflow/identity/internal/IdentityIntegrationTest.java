package io.cureflow.identity.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole application on a private in-memory database, with a real server for the non-Spring-MVC servlets. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:identity-security;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "cureflow.account.demo-data.enabled=false"})
@AutoConfigureMockMvc
@interface IdentityIntegrationTest {
}
