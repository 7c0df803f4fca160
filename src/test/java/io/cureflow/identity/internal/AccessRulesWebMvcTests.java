package io.cureflow.identity.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The role rules applied to real Spring MVC endpoints, in a web slice that imports the security configuration. */
@WebMvcTest(controllers = AccessRulesWebMvcTests.ProbeController.class)
@Import({SecurityConfiguration.class, AccessRulesWebMvcTests.ProbeController.class})
class AccessRulesWebMvcTests {

    @Autowired
    MockMvc mvc;

    @Test
    void letsAManagerImportAccounts() throws Exception {
        mvc.perform(post("/api/v1/accounts/import").with(user("manager").roles("MANAGER")))
                .andExpect(status().isOk());
    }

    @Test
    void forbidsAnAgentToImportAccounts() throws Exception {
        mvc.perform(post("/api/v1/accounts/import").with(user("agent").roles("AGENT")))
                .andExpect(status().isForbidden());
    }

    @Test
    void letsAnAgentPostAPaymentWithoutCsrfToken() throws Exception {
        mvc.perform(post("/api/v1/payments").with(user("agent").roles("AGENT"))).andExpect(status().isOk());
    }

    @Test
    void letsAnAgentReadACase() throws Exception {
        mvc.perform(get("/api/v1/cases/1").with(user("agent").roles("AGENT"))).andExpect(status().isOk());
    }

    @Test
    void forbidsAnAgentTheImportPage() throws Exception {
        mvc.perform(get("/imports").with(user("agent").roles("AGENT"))).andExpect(status().isForbidden());
    }

    @Test
    void refusesAPagePostWithoutCsrfToken() throws Exception {
        mvc.perform(post("/imports").with(user("manager").roles("MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(post("/imports").with(user("manager").roles("MANAGER")).with(csrf())).andExpect(status().isOk());
    }

    @RestController
    static class ProbeController {

        @PostMapping({"/api/v1/accounts/import", "/api/v1/payments", "/imports"})
        String post() {
            return "done";
        }

        @GetMapping({"/api/v1/cases/{id}", "/imports"})
        String get() {
            return "read";
        }
    }
}
