package io.cureflow.payment;

import java.util.List;

public interface PaymentService {

    List<PaymentView> paymentsOfCase(long caseId);
}
