package io.cureflow.account.internal.intake;

import static io.cureflow.account.internal.intake.CsvFixtures.HEADER;
import static io.cureflow.account.internal.intake.CsvFixtures.csv;
import static io.cureflow.account.internal.intake.CsvFixtures.prefix;
import static io.cureflow.account.internal.intake.CsvFixtures.row;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.cureflow.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class ImportApiTests {

    @Autowired
    MockMvc mvc;

    ResultActions upload(byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/accounts/import")
                .file(new MockMultipartFile("file", "accounts.csv", "text/csv", content))
                .with(user("admin").roles("ADMIN"))
                .with(csrf()));
    }

    ResultActions upload(String content) throws Exception {
        return upload(content.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class WholeFile {

        @Test
        void importsValidRowsAndCountsThem() throws Exception {
            String p = prefix();
            upload(csv(HEADER, row(p + "A1", p + "B1", "100.00", 10), row(p + "A2", p + "B1", "50", 0)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("COMPLETED"))
                    .andExpect(jsonPath("$.accepted").value(2))
                    .andExpect(jsonPath("$.updated").value(0))
                    .andExpect(jsonPath("$.rejected").value(0))
                    .andExpect(jsonPath("$.rejections.length()").value(0))
                    .andExpect(jsonPath("$.progress.rowsProcessed").value(2));
        }

        @Test
        void updatesAccountsWhenTheSameIdsComeAgain() throws Exception {
            String p = prefix();
            String file = csv(HEADER, row(p + "A1", p + "B1", "100.00", 10));
            upload(file).andExpect(jsonPath("$.accepted").value(1));
            upload(file)
                    .andExpect(jsonPath("$.accepted").value(0))
                    .andExpect(jsonPath("$.updated").value(1));
        }

        @Test
        void refusesAnEmptyFile() throws Exception {
            upload("")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("empty_file"))
                    .andExpect(jsonPath("$.field").value("file"));
        }

        @Test
        void refusesAFileWithOnlyABom() throws Exception {
            upload(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("empty_file"));
        }

        @Test
        void refusesABinaryFile() throws Exception {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
            upload(png)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("not_utf8"))
                    .andExpect(jsonPath("$.message").value(containsString("not UTF-8")));
        }

        @Test
        void refusesAFileWithNulBytes() throws Exception {
            upload(HEADER + "\nabc\0def\n")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("binary"))
                    .andExpect(jsonPath("$.message").value(containsString("line 2")));
        }

        @Test
        void refusesLatin1TextNamingTheLine() throws Exception {
            String p = prefix();
            byte[] latin1 = csv(HEADER, row(p + "A1", p + "B1", "1", 1), row(p + "A2", p + "B2", "1", 1)
                    .replace("Lopez", "L\u00f3pez")).getBytes(StandardCharsets.ISO_8859_1);
            upload(latin1)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("not_utf8"))
                    .andExpect(jsonPath("$.message").value(containsString("line 3")));
        }

        @Test
        void storesNothingFromAFileThatBreaksHalfWay() throws Exception {
            String p = prefix();
            upload(csv(HEADER, row(p + "A1", p + "B1", "1", 1), "\"unterminated," + row(p + "A2", p + "B2", "1", 1)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("malformed_csv"))
                    .andExpect(jsonPath("$.message").value(containsString("line 3")));
            upload(csv(HEADER, row(p + "A1", p + "B1", "1", 1)))
                    .andExpect(jsonPath("$.accepted").value(1));
        }

        @Test
        void namesEveryMissingRequiredColumn() throws Exception {
            upload(csv("account_id,first_name,last_name,state,zip,creditor,product,due_date", "x,a,b,NY,10001,c,p,2026-01-01"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("missing_columns"))
                    .andExpect(jsonPath("$.message").value("Required columns are missing: borrower_id, balance, days_past_due"));
        }

        @Test
        void reportsUnknownColumnsWithoutFailing() throws Exception {
            String p = prefix();
            upload(csv(HEADER + ",Loyalty_Tier,notes", row(p + "A1", p + "B1", "10", 3) + ",gold,call later"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.accepted").value(1))
                    .andExpect(jsonPath("$.unknownColumns[0]").value("loyalty_tier"))
                    .andExpect(jsonPath("$.unknownColumns[1]").value("notes"));
        }

        @Test
        void acceptsColumnsInAnyOrderWithOnlyTheRequiredOnes() throws Exception {
            String p = prefix();
            upload(csv("days_past_due,due_date,balance,product,creditor,zip,state,last_name,first_name,borrower_id,account_id",
                    "45,2026-09-01,1200.50,loan,Acme,94105,ca,Kim,Min," + p + "B1," + p + "A1"))
                    .andExpect(jsonPath("$.accepted").value(1))
                    .andExpect(jsonPath("$.rejected").value(0));
        }

        @Test
        void readsAUtf8BomAndCrlfLineEnds() throws Exception {
            String p = prefix();
            String text = "\uFEFF" + HEADER + "\r\n" + row(p + "A1", p + "B1", "10", 3) + "\r\n"
                    + row(p + "A2", p + "B2", "-1", 3) + "\r\n";
            upload(text)
                    .andExpect(jsonPath("$.accepted").value(1))
                    .andExpect(jsonPath("$.rejections[0].line").value(3))
                    .andExpect(jsonPath("$.rejections[0].field").value("balance"))
                    .andExpect(jsonPath("$.rejections[0].reason").value("must not be negative"));
        }

        @Test
        void countsPhysicalLinesAcrossQuotedFieldsWithNewlines() throws Exception {
            String p = prefix();
            String embedded = String.join(",", p + "A1", p + "B1", "\"Ana, \"\"Annie\"\"\"", "Lopez", "", "", "",
                    "\"Apt 4\nBuilding B\"", "Austin", "TX", "78701", "", "", "\"Acme, Inc.\"", "card", "10", "",
                    "2026-01-01", "5");
            upload(csv(HEADER, embedded, row(p + "A2", p + "B2", "abc", 3)))
                    .andExpect(jsonPath("$.accepted").value(1))
                    .andExpect(jsonPath("$.rejections[0].line").value(4))
                    .andExpect(jsonPath("$.rejections[0].field").value("balance"))
                    .andExpect(jsonPath("$.rejections[0].reason").value("is not a number"));
        }
    }

    @Nested
    class Rows {

        @Test
        void rejectsBadPhonesAndEmailsOnTheirLines() throws Exception {
            String p = prefix();
            upload(csv(HEADER,
                    row(p + "A1", p + "B1", "10", 1).replace("(212) 555-0123", "555-0100"),
                    row(p + "A2", p + "B2", "10", 1).replace("Ana@Example.com", "ana-at-example.com"),
                    row(p + "A3", p + "B3", "10", 1)))
                    .andExpect(jsonPath("$.accepted").value(1))
                    .andExpect(jsonPath("$.rejected").value(2))
                    .andExpect(jsonPath("$.rejections[0].line").value(2))
                    .andExpect(jsonPath("$.rejections[0].field").value("phone"))
                    .andExpect(jsonPath("$.rejections[0].reason").value("is not a valid phone number"))
                    .andExpect(jsonPath("$.rejections[1].line").value(3))
                    .andExpect(jsonPath("$.rejections[1].field").value("email"))
                    .andExpect(jsonPath("$.rejections[1].reason").value("is not a valid email address"));
        }

        @Test
        void rejectsNegativeNonNumericAndOverPreciseBalances() throws Exception {
            String p = prefix();
            upload(csv(HEADER, row(p + "A1", p + "B1", "-5.00", 1), row(p + "A2", p + "B2", "\"12,50\"", 1),
                    row(p + "A3", p + "B3", "1.005", 1)))
                    .andExpect(jsonPath("$.rejected").value(3))
                    .andExpect(jsonPath("$.rejections[0].line").value(2))
                    .andExpect(jsonPath("$.rejections[0].field").value("balance"))
                    .andExpect(jsonPath("$.rejections[0].reason").value("must not be negative"))
                    .andExpect(jsonPath("$.rejections[1].line").value(3))
                    .andExpect(jsonPath("$.rejections[1].reason").value("is not a number"))
                    .andExpect(jsonPath("$.rejections[2].line").value(4))
                    .andExpect(jsonPath("$.rejections[2].reason").value("has more than 2 decimals"));
        }

        @Test
        void rejectsDatesThatAreNotIso() throws Exception {
            String p = prefix();
            upload(csv(HEADER, row(p + "A1", p + "B1", "10", 1).replace("2026-10-01", "10/01/2026"),
                    row(p + "A2", p + "B2", "10", 1).replace("2026-10-01", "2026-02-30")))
                    .andExpect(jsonPath("$.rejected").value(2))
                    .andExpect(jsonPath("$.rejections[0].line").value(2))
                    .andExpect(jsonPath("$.rejections[0].field").value("due_date"))
                    .andExpect(jsonPath("$.rejections[0].reason").value("is not a date in the format yyyy-MM-dd"))
                    .andExpect(jsonPath("$.rejections[1].line").value(3))
                    .andExpect(jsonPath("$.rejections[1].field").value("due_date"));
        }

        @Test
        void rejectsTheLaterDuplicateNamingTheFirstLine() throws Exception {
            String p = prefix();
            upload(csv(HEADER, row(p + "A1", p + "B1", "10", 1), row(p + "A2", p + "B2", "10", 1),
                    row(p + "A1", p + "B3", "20", 2)))
                    .andExpect(jsonPath("$.accepted").value(2))
                    .andExpect(jsonPath("$.rejected").value(1))
                    .andExpect(jsonPath("$.rejections[0].line").value(4))
                    .andExpect(jsonPath("$.rejections[0].field").value("account_id"))
                    .andExpect(jsonPath("$.rejections[0].reason").value("repeats the account of line 2"));
        }

        @Test
        void reportsEveryProblemOfARow() throws Exception {
            String p = prefix();
            String bad = String.join(",", p + "A1", p + "B1", "", "Lopez", "12", "", "", "", "", "ZZ", "1234", "Mars/Base",
                    "xx", "Acme", "card", "1.2.3", "XYZ", "2026-13-01", "-3");
            upload(csv(HEADER, bad))
                    .andExpect(jsonPath("$.rejected").value(1))
                    .andExpect(jsonPath("$.rejections.length()").value(10))
                    .andExpect(jsonPath("$.rejections[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                            "first_name", "phone", "state", "zip", "time_zone", "language", "balance", "currency",
                            "due_date", "days_past_due")))
                    .andExpect(jsonPath("$.rejections[?(@.field=='days_past_due')].reason")
                            .value("must not be negative"))
                    .andExpect(jsonPath("$.rejections[?(@.field=='first_name')].reason").value("is required"));
        }

        @Test
        void rejectsARowWithTheWrongNumberOfFields() throws Exception {
            String p = prefix();
            upload(csv(HEADER, p + "A1," + p + "B1,Ana"))
                    .andExpect(jsonPath("$.rejections[0].line").value(2))
                    .andExpect(jsonPath("$.rejections[0].field").doesNotExist())
                    .andExpect(jsonPath("$.rejections[0].reason").value("has 3 fields where the header has another number"));
        }
    }

    @Nested
    class InBackground {

        @Test
        void answersAtOnceAndReportsWhenDone() throws Exception {
            String p = prefix();
            String location = mvc.perform(multipart("/api/v1/accounts/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                                    csv(HEADER, row(p + "A1", p + "B1", "10", 3), row(p + "A2", p + "B1", "x", 3))
                                            .getBytes(StandardCharsets.UTF_8))).param("mode", "async")
                            .with(user("admin").roles("ADMIN")).with(csrf()))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.status").value("RUNNING"))
                    .andReturn().getResponse().getHeader("Location");
            org.awaitility.Awaitility.await().untilAsserted(() ->
                    mvc.perform(get(location).with(user("admin").roles("ADMIN")))
                            .andExpect(jsonPath("$.status").value("COMPLETED"))
                            .andExpect(jsonPath("$.accepted").value(1))
                            .andExpect(jsonPath("$.rejected").value(1))
                            .andExpect(jsonPath("$.rejections[0].line").value(3))
                            .andExpect(jsonPath("$.progress.bytesRead").value(org.hamcrest.Matchers.greaterThan(0))));
        }

        @Test
        void failsWithoutStoringAnythingWhenTheFileBreaksAfterTheHeader() throws Exception {
            String p = prefix();
            byte[] file = csv(HEADER, row(p + "A1", p + "B1", "10", 3), "\"open quote," + row(p + "A2", p + "B2", "1", 1))
                    .getBytes(StandardCharsets.UTF_8);
            String location = mvc.perform(multipart("/api/v1/accounts/import")
                            .file(new MockMultipartFile("file", "a.csv", "text/csv", file)).param("mode", "async")
                            .with(user("admin").roles("ADMIN")).with(csrf()))
                    .andExpect(status().isAccepted())
                    .andReturn().getResponse().getHeader("Location");
            org.awaitility.Awaitility.await().untilAsserted(() ->
                    mvc.perform(get(location).with(user("admin").roles("ADMIN")))
                            .andExpect(jsonPath("$.status").value("FAILED"))
                            .andExpect(jsonPath("$.failureCode").value("malformed_csv"))
                            .andExpect(jsonPath("$.failureDetail").value("3"))
                            .andExpect(jsonPath("$.accepted").value(0)));
        }

        @Test
        void refusesAFileWithoutTheRequiredColumnsBeforeAccepting() throws Exception {
            mvc.perform(multipart("/api/v1/accounts/import").file(new MockMultipartFile("file", "a.csv", "text/csv", "a,b\n1,2\n".getBytes())).param("mode", "async")
                            .with(user("admin").roles("ADMIN")).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("missing_columns"));
        }
    }
}
