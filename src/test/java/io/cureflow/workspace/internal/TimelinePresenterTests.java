package io.cureflow.workspace.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.outreach.OutreachMessage.Status;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TimelinePresenterTests {

    private static final Instant EARLIER = Instant.parse("2026-11-05T13:30:00Z");
    private static final Instant LATER = Instant.parse("2026-11-06T02:15:00Z");

    private final TimelinePresenter presenter = new TimelinePresenter(bundle());

    @Test
    void putsTheNewestEntryFirst() {
        List<TimelineItem> items = presenter.newestFirst(List.of(opened(EARLIER), payment(LATER)), Locale.ENGLISH,
                ViewerZone.from(null));

        assertThat(items).extracting(TimelineItem::kind)
                .containsExactly(TimelineKind.PAYMENT_POSTED, TimelineKind.CASE_OPENED);
    }

    @Test
    void showsTimesInTheViewerZoneWithItsLabel() {
        TimelineItem item = presenter.newestFirst(List.of(opened(LATER)), Locale.ENGLISH,
                ViewerZone.from("America/Chicago")).get(0);

        assertThat(item.time()).isEqualTo("2026-11-05 20:15 CST");
        assertThat(item.at()).isEqualTo(LATER);
    }

    @Test
    void showsTimesInUtcWhenTheViewerZoneIsUnknown() {
        TimelineItem item = presenter.newestFirst(List.of(opened(LATER)), Locale.ENGLISH,
                ViewerZone.from("Mars/Olympus")).get(0);

        assertThat(item.time()).isEqualTo("2026-11-06 02:15 UTC");
    }

    @Test
    void rendersSummaryAndDetailsInSpanish() {
        TimelineItem item = presenter.newestFirst(List.of(payment(LATER)), Locale.forLanguageTag("es"),
                ViewerZone.from(null)).get(0);

        assertThat(item.label()).isEqualTo("Pago");
        assertThat(item.summary())
                .isEqualTo("Pago de 1.234,50 USD registrado, 12 días de atraso después del pago");
        assertThat(item.details()).extracting(TimelineItem.Detail::label, TimelineItem.Detail::value)
                .containsExactly(tuple("Importe", "1.234,50"),
                        tuple("Moneda", "USD"),
                        tuple("Días de atraso después", "12"));
    }

    @Test
    void keepsTheMessageTextApartFromTheDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", Channel.EMAIL);
        details.put("status", Status.DELIVERED);
        details.put("body", "Your payment is due");
        TimelineEntry sent = new TimelineEntry(EARLIER, TimelineKind.MESSAGE_SENT,
                List.of(CodeLabels.of(Channel.EMAIL)), details);

        TimelineItem item = presenter.newestFirst(List.of(sent), Locale.ENGLISH, ViewerZone.from(null)).get(0);

        assertThat(item.summary()).isEqualTo("Message sent by email");
        assertThat(item.body()).isEqualTo("Your payment is due");
        assertThat(item.details()).extracting(TimelineItem.Detail::value).containsExactly("email", "delivered");
        assertThat(item.toString()).contains("MESSAGE_SENT").doesNotContain("Your payment is due");
    }

    private static TimelineEntry opened(Instant at) {
        return new TimelineEntry(at, TimelineKind.CASE_OPENED, List.of(), Map.of());
    }

    private static TimelineEntry payment(Instant at) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("amount", new BigDecimal("1234.50"));
        details.put("currency", "USD");
        details.put("daysPastDueAfter", 12);
        return new TimelineEntry(at, TimelineKind.PAYMENT_POSTED, List.of(new BigDecimal("1234.50"), "USD", 12),
                details);
    }

    static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/workspace");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
