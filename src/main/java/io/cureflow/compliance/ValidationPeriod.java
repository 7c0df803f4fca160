package io.cureflow.compliance;

import java.time.LocalDate;

/**
 * The validation period a notice opens (§1006.34(b)(5)): assumed receipt five days after sending, not counting
 * Saturdays, Sundays and federal legal public holidays, and the end 30 days after that receipt.
 */
public record ValidationPeriod(LocalDate sentOn, LocalDate assumedReceiptOn, LocalDate endsOn) {
}
