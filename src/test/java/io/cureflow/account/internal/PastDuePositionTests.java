package io.cureflow.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PastDuePositionTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static PastDuePosition pastDue(String amount, int daysPastDue) {
        return new PastDuePosition(new BigDecimal(amount), new BigDecimal(amount), TODAY.minusDays(daysPastDue));
    }

    @Nested
    class FromIntake {

        @Test
        void makesTheWholeBalancePastDueWhenDaysPastDueArePositive() {
            PastDuePosition position = PastDuePosition.fromIntake(new BigDecimal("900.00"), 65, TODAY);

            assertThat(position.amountPastDue()).isEqualByComparingTo("900.00");
            assertThat(position.delinquentSince()).isEqualTo(LocalDate.of(2026, 9, 18));
            assertThat(position.daysPastDue(TODAY)).isEqualTo(65);
        }

        @Test
        void leavesNothingPastDueWhenCurrent() {
            PastDuePosition position = PastDuePosition.fromIntake(new BigDecimal("900.00"), 0, TODAY);

            assertThat(position.amountPastDue()).isEqualByComparingTo("0");
            assertThat(position.delinquentSince()).isNull();
            assertThat(position.current(TODAY)).isTrue();
        }

        @Test
        void treatsAZeroBalanceAsCurrentWhateverTheDaysPastDue() {
            assertThat(PastDuePosition.fromIntake(BigDecimal.ZERO, 40, TODAY).daysPastDue(TODAY)).isZero();
        }

        @Test
        void growsDaysPastDueWithTime() {
            PastDuePosition position = PastDuePosition.fromIntake(new BigDecimal("100.00"), 29, TODAY);

            assertThat(position.daysPastDue(TODAY.plusDays(1))).isEqualTo(30);
        }
    }

    @Nested
    class AfterPayment {

        @Test
        void movesSixtyFiveDaysToThirtyFiveWhenOneOfThreeInstallmentsIsPaid() {
            PastDuePosition after = pastDue("900.00", 65).afterPayment(new BigDecimal("300.00"), TODAY);

            assertThat(after.daysPastDue(TODAY)).isEqualTo(35);
            assertThat(after.amountPastDue()).isEqualByComparingTo("600.00");
            assertThat(after.balance()).isEqualByComparingTo("600.00");
        }

        @Test
        void movesSixtyFiveDaysToFiveWhenTwoInstallmentsArePaid() {
            assertThat(pastDue("900.00", 65).afterPayment(new BigDecimal("650.00"), TODAY).daysPastDue(TODAY))
                    .isEqualTo(5);
        }

        @Test
        void keepsDaysPastDueWhenLessThanAnInstallmentIsPaid() {
            PastDuePosition after = pastDue("900.00", 65).afterPayment(new BigDecimal("299.99"), TODAY);

            assertThat(after.daysPastDue(TODAY)).isEqualTo(65);
            assertThat(after.amountPastDue()).isEqualByComparingTo("600.01");
        }

        @Test
        void countsOneBillingCycleForFewerThanThirtyDays() {
            PastDuePosition after = pastDue("200.00", 12).afterPayment(new BigDecimal("150.00"), TODAY);

            assertThat(after.daysPastDue(TODAY)).isEqualTo(12);
        }

        @Test
        void countsThirtyDaysAsOneCycleAndThirtyOneAsTwo() {
            assertThat(pastDue("600.00", 30).afterPayment(new BigDecimal("300.00"), TODAY).daysPastDue(TODAY))
                    .isEqualTo(30);
            assertThat(pastDue("600.00", 31).afterPayment(new BigDecimal("300.00"), TODAY).daysPastDue(TODAY))
                    .isEqualTo(1);
        }

        @Test
        void curesTheAccountWhenEverythingPastDueIsPaid() {
            PastDuePosition after = pastDue("900.00", 125).afterPayment(new BigDecimal("900.00"), TODAY);

            assertThat(after.current(TODAY)).isTrue();
            assertThat(after.amountPastDue()).isEqualByComparingTo("0");
            assertThat(after.delinquentSince()).isNull();
        }

        @Test
        void neverTakesTheBalanceBelowZero() {
            PastDuePosition after = pastDue("100.00", 40).afterPayment(new BigDecimal("150.00"), TODAY);

            assertThat(after.balance()).isEqualByComparingTo("0");
            assertThat(after.amountPastDue()).isEqualByComparingTo("0");
        }

        @Test
        void lowersOnlyTheBalanceOfACurrentAccount() {
            PastDuePosition current = PastDuePosition.fromIntake(new BigDecimal("500.00"), 0, TODAY);

            PastDuePosition after = current.afterPayment(new BigDecimal("100.00"), TODAY);

            assertThat(after.balance()).isEqualByComparingTo("400.00");
            assertThat(after.current(TODAY)).isTrue();
        }

        @Test
        void usesTheExactInstallmentWhenItIsNotARoundAmount() {
            // 100 days: 4 cycles of 250.00 past due 1000.00; 749.99 covers two whole installments, not three
            PastDuePosition after = pastDue("1000.00", 100).afterPayment(new BigDecimal("749.99"), TODAY);

            assertThat(after.daysPastDue(TODAY)).isEqualTo(40);
        }
    }
}
