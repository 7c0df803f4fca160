package io.cureflow.compliance.internal.validation;

import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;

import java.lang.reflect.Proxy;
import java.util.Optional;

/** RF-30 over a notice store that holds no record: no initial communication was tracked, so the rule passes. */
public final class ValidationRulesInMemory {

    private ValidationRulesInMemory() {
    }

    public static ComplianceRule noticeRule(ComplianceMessages messages) {
        ValidationNoticeRepository none = (ValidationNoticeRepository) Proxy.newProxyInstance(
                ValidationNoticeRepository.class.getClassLoader(), new Class<?>[]{ValidationNoticeRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findByCaseId")) {
                        return Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new ValidationNoticeRule(new NoticeStatusReader(none), messages);
    }
}
