package io.cureflow.account.internal.intake;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.cureflow.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ImportPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheUploadFormInSpanish() throws Exception {
        mvc.perform(get("/imports").locale(Locale.forLanguageTag("es")).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Importar cuentas")))
                .andExpect(content().string(containsString("name=\"file\"")));
    }

    @Test
    void uploadsThenShowsCountsAndRejectedRows() throws Exception {
        String p = CsvFixtures.prefix();
        byte[] csv = CsvFixtures.csv(CsvFixtures.HEADER, CsvFixtures.row(p + "A1", p + "B1", "10", 3),
                CsvFixtures.row(p + "A2", p + "B2", "-10", 3)).getBytes(StandardCharsets.UTF_8);
        String location = mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", csv))
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();

        Awaitility.await().untilAsserted(() -> mvc.perform(get(location + "/progress")
                        .locale(Locale.ENGLISH).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("Import finished.")))
                .andExpect(content().string(containsString("must not be negative")))
                .andExpect(content().string(containsString("<td>3</td>"))));
        mvc.perform(get(location).locale(Locale.forLanguageTag("es")).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no puede ser negativo")))
                .andExpect(content().string(containsString("Filas rechazadas")));
    }

    @Test
    void explainsWhyAFileIsRefused() throws Exception {
        mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                        .locale(Locale.ENGLISH).with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Required columns are missing: account_id, borrower_id")));
    }
}
