package io.cureflow.account.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What an account owes and since when it is late, and what a payment does to that.
 *
 * <p>Intake files carry no amount past due: an account that comes in past due has its whole balance past due, and one
 * that comes in current has nothing past due. Days past due are not stored but derived from {@code delinquentSince}, so
 * they grow with time.
 *
 * <p>A payment lowers the balance (never below zero) and the amount past due. When nothing stays past due the account is
 * current. Otherwise the amount past due before the payment is spread evenly over the billing cycles missed so far
 * ({@code max(1, ceil(dpd / 30))}); each whole installment the payment covers moves {@code delinquentSince} 30 days
 * forward. Example: 65 days and 900 past due is three installments of 300, so paying 300 leaves 35 days past due.
 *
 * @param delinquentSince the day the oldest unpaid amount fell due; null when the account is current
 */
public record PastDuePosition(BigDecimal balance, BigDecimal amountPastDue, LocalDate delinquentSince) {

    static final int BILLING_CYCLE_DAYS = 30;

    public static PastDuePosition fromIntake(BigDecimal balance, int daysPastDue, LocalDate today) {
        if (daysPastDue <= 0 || balance.signum() == 0) {
            return new PastDuePosition(balance, BigDecimal.ZERO.setScale(2), null);
        }
        return new PastDuePosition(balance, balance, today.minusDays(daysPastDue));
    }

    public int daysPastDue(LocalDate today) {
        if (delinquentSince == null || amountPastDue.signum() <= 0) {
            return 0;
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(delinquentSince, today));
    }

    public boolean current(LocalDate today) {
        return daysPastDue(today) == 0;
    }

    public PastDuePosition afterPayment(BigDecimal amount, LocalDate today) {
        BigDecimal newBalance = balance.subtract(amount).max(BigDecimal.ZERO).setScale(2);
        BigDecimal newPastDue = amountPastDue.subtract(amount);
        int daysPastDue = daysPastDue(today);
        if (newPastDue.signum() <= 0) {
            return new PastDuePosition(newBalance, BigDecimal.ZERO.setScale(2), null);
        }
        if (daysPastDue == 0) {
            return new PastDuePosition(newBalance, newPastDue.setScale(2), delinquentSince);
        }
        int cycles = Math.max(1, (daysPastDue + BILLING_CYCLE_DAYS - 1) / BILLING_CYCLE_DAYS);
        // floor(amount / (pastDue / cycles)) without rounding the installment first
        long coveredCycles = amount.multiply(BigDecimal.valueOf(cycles))
                .divideToIntegralValue(amountPastDue)
                .longValue();
        LocalDate since = delinquentSince.plusDays(coveredCycles * BILLING_CYCLE_DAYS);
        return new PastDuePosition(newBalance, newPastDue.setScale(2), since);
    }
}
