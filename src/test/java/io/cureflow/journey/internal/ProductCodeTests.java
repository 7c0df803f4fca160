package io.cureflow.journey.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProductCodeTests {

    @ParameterizedTest
    @CsvSource({"Credit card,CREDIT_CARD", "credit-card,CREDIT_CARD", "CREDIT_CARD,CREDIT_CARD",
            "' auto loan ',AUTO_LOAN", "personal_loan,PERSONAL_LOAN"})
    void spellsProductsAsTheStrategyTableDoes(String product, String code) {
        assertThat(ProductCode.of(product)).isEqualTo(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void leavesAMissingProductMissing(String product) {
        assertThat(ProductCode.of(product)).isNull();
    }
}
