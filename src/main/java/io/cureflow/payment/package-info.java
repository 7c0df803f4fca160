/** Payments posted against accounts, idempotent by the payer's external reference. */
@org.springframework.modulith.ApplicationModule(displayName = "Payments")
package io.cureflow.payment;
