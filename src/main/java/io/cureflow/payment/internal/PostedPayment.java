package io.cureflow.payment.internal;

import io.cureflow.payment.PaymentView;

/** @param created false when the reference was known and the stored payment is returned */
record PostedPayment(PaymentView payment, boolean created) {
}
