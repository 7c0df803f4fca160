package io.cureflow.account.internal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.cureflow.account.CaseFilter;
import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.support.IntegrationTest;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

@IntegrationTest
class DemoDataTests {

    @Autowired
    ImportService imports;

    @Autowired
    CaseService cases;

    @Test
    void demoFileImportsWithoutRejectionsAndFillsEveryStage() {
        ClassPathResource demo = new ClassPathResource("demo/accounts.csv");
        ImportReport report = imports.importNow(new CsvSource() {
            @Override
            public InputStream open() throws java.io.IOException {
                return demo.getInputStream();
            }

            @Override
            public long size() {
                return 1;
            }
        });

        assertThat(report.rejections()).isEmpty();
        assertThat(report.accepted() + report.updated()).isEqualTo(50);
        List<CaseView> demoCases = IntStream.range(0, 20)
                .mapToObj(page -> cases.listCases(CaseFilter.all(), page, 200).cases())
                .flatMap(List::stream)
                .filter(view -> view.accountExternalId().startsWith("DEMO-"))
                .toList();
        assertThat(demoCases).hasSize(50);
        assertThat(demoCases).extracting(CaseView::stage).contains(DelinquencyStage.EARLY, DelinquencyStage.DAYS_30,
                DelinquencyStage.DAYS_60, DelinquencyStage.DAYS_90, DelinquencyStage.DAYS_120);
        assertThat(demoCases.stream().map(CaseView::borrowerId).distinct().count()).isEqualTo(40);
    }
}
