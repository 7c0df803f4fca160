package io.cureflow.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes an intake CSV of plausible delinquent accounts, spread over states, products and the first four stages. */
final class BenchmarkAccounts {

    private static final String HEADER = "account_id,borrower_id,first_name,last_name,phone,phone2,email,"
            + "address_line1,city,state,zip,time_zone,language,creditor,product,balance,currency,due_date,"
            + "days_past_due";

    /** state, city, ZIP, area code: numbers and addresses that agree, so no zone is uncertain. */
    private static final String[][] PLACES = {
            {"NY", "Albany", "12207", "518"}, {"CA", "Fresno", "93721", "559"}, {"TX", "Austin", "78701", "512"},
            {"FL", "Orlando", "32801", "407"}, {"IL", "Chicago", "60601", "312"}, {"WA", "Seattle", "98101", "206"},
            {"MA", "Boston", "02108", "617"}, {"GA", "Atlanta", "30303", "404"}, {"AZ", "Phoenix", "85004", "602"},
            {"CO", "Denver", "80202", "303"}, {"OH", "Columbus", "43215", "614"}, {"NC", "Raleigh", "27601", "919"}};
    private static final String[] FIRST = {"Maria", "James", "Aisha", "Luis", "Emily", "Wei", "Carlos", "Fatima"};
    private static final String[] LAST = {"Garcia", "Smith", "Johnson", "Nguyen", "Brown", "Lopez", "Khan", "Miller"};
    private static final String[] PRODUCTS = {"credit_card", "personal_loan", "auto_loan", "medical"};

    private BenchmarkAccounts() {
    }

    /** @param prefix keeps the external ids of different runs apart */
    static Path write(Path file, String prefix, int count, LocalDate today) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < count; i++) {
                String[] place = PLACES[i % PLACES.length];
                int daysPastDue = 1 + random.nextInt(119);
                String phone = "+1" + place[3] + (200 + random.nextInt(700)) + String.format("%04d", random.nextInt(10_000));
                String balance = String.format(Locale.ROOT, "%d.%02d", 50 + random.nextInt(9_000), random.nextInt(100));
                out.write(String.join(",",
                        prefix + "-A" + i, prefix + "-B" + i,
                        FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)],
                        phone, "", prefix.toLowerCase(Locale.ROOT) + ".borrower" + i + "@example.com",
                        (100 + random.nextInt(9_000)) + " Main St", place[1], place[0], place[2], "",
                        random.nextInt(5) == 0 ? "es" : "en",
                        "Acme Bank", PRODUCTS[random.nextInt(PRODUCTS.length)], balance, "USD",
                        today.minusDays(daysPastDue).toString(), Integer.toString(daysPastDue)));
                out.write('\n');
            }
        }
        return file;
    }
}
