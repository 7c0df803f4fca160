package io.cureflow.understanding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment the borrower promised: either part may be missing ("I'll pay friday" has no amount).
 *
 * @param date   the promised day, resolved against the reply's timestamp in the borrower's zone, or null
 * @param amount the promised amount in dollars, or null
 */
public record Promise(LocalDate date, BigDecimal amount) {
}
