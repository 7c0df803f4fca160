package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ContentGuardrail;
import io.cureflow.compliance.GuardrailVerdict;
import io.cureflow.compliance.OutboundContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@Service
class ContentGuardrailService implements ContentGuardrail {

    private static final Logger log = LoggerFactory.getLogger(ContentGuardrailService.class);

    private final List<ContentCheck> checks;
    private final ContentCheckRepository repository;
    private final ContentProperties properties;

    ContentGuardrailService(List<ContentCheck> checks, ContentCheckRepository repository,
                            ContentProperties properties) {
        this.checks = List.copyOf(checks);
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    public GuardrailVerdict check(OutboundContent content) {
        Objects.requireNonNull(content, "content");
        List<ComplianceReason> violations = new ArrayList<>();
        for (ContentCheck check : checks) {
            violations.addAll(check.check(content));
        }
        return new GuardrailVerdict(violations);
    }

    @Override
    @Transactional
    public void record(long caseId, Long messageId, Channel channel, GuardrailVerdict verdict, Instant checkedAt) {
        ContentCheckEntity saved = repository.save(new ContentCheckEntity(caseId, messageId, channel,
                verdict.violations(), checkedAt));
        if (!saved.isPassed()) {
            log.info("Content check {} blocked message {} of case {}: {}", saved.getId(), messageId, caseId,
                    saved.getRuleIds());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<BlockedContent> blockedContentOfCase(long caseId) {
        return repository.findByCaseIdAndPassedFalseOrderByCheckedAtAscIdAsc(caseId).stream()
                .map(ContentCheckEntity::toBlockedContent)
                .toList();
    }

    @Override
    public Optional<String> requiredLicenceNumber(String state) {
        return CaliforniaLicenceCheck.california(state) && properties.californiaLicensed()
                ? Optional.of(properties.californiaLicenceNumber().trim()) : Optional.empty();
    }
}
