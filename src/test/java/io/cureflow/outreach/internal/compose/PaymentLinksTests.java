package io.cureflow.outreach.internal.compose;

import io.cureflow.outreach.internal.compose.PaymentLinks.Status;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentLinksTests {

    private static final Instant NOW = Instant.parse("2026-01-14T16:00:00Z");
    private static final PaymentLinkProperties PROPERTIES =
            new PaymentLinkProperties("https://pay.example.com/", "a-secret", Duration.ofDays(30));

    private final PaymentLinks links = links(PROPERTIES, NOW);

    @Test
    void writesASignedLinkUnderTheBaseUrl() {
        String link = links.linkFor(4711L);

        assertThat(link).matches("https://pay\\.example\\.com/pay/[a-z2-7]{30,40}");
        assertThat(links.verify(token(link))).isEqualTo(
                new PaymentLinks.Verification(Status.VALID, java.util.Optional.of(4711L)));
    }

    @Test
    void opensTheSameCaseForAnyCaseIdSize() {
        for (long caseId : new long[]{0, 1, 127, 128, 1L << 40, Long.MAX_VALUE}) {
            assertThat(links.verify(links.tokenFor(caseId, NOW.plusSeconds(60))).caseId()).contains(caseId);
        }
    }

    @Test
    void refusesATamperedToken() {
        String token = token(links.linkFor(4711L));
        char first = token.charAt(0);
        String otherCase = (first == 'a' ? 'b' : 'a') + token.substring(1);
        String otherMac = token.substring(0, token.length() - 2) + (token.endsWith("a") ? "b" : "a")
                + token.charAt(token.length() - 1);

        assertThat(links.verify(otherCase).status()).isIn(Status.TAMPERED, Status.MALFORMED);
        assertThat(links.verify(otherMac).status()).isIn(Status.TAMPERED, Status.MALFORMED);
        assertThat(links.verify(otherCase).caseId()).isEmpty();
    }

    @Test
    void refusesATokenSignedWithAnotherSecret() {
        PaymentLinks other = links(new PaymentLinkProperties("https://pay.example.com", "another", Duration.ofDays(30)),
                NOW);

        assertThat(links.verify(token(other.linkFor(4711L))).status()).isEqualTo(Status.TAMPERED);
    }

    @Test
    void refusesAnExpiredToken() {
        String token = token(links.linkFor(4711L));
        PaymentLinks later = links(PROPERTIES, NOW.plus(Duration.ofDays(30)));
        PaymentLinks justBefore = links(PROPERTIES, NOW.plus(Duration.ofDays(30)).minusSeconds(1));

        assertThat(later.verify(token).status()).isEqualTo(Status.EXPIRED);
        assertThat(justBefore.verify(token).status()).isEqualTo(Status.VALID);
    }

    @Test
    void refusesWhatIsNoToken() {
        assertThat(links.verify(null).status()).isEqualTo(Status.MALFORMED);
        assertThat(links.verify("").status()).isEqualTo(Status.MALFORMED);
        assertThat(links.verify("not-a-token!").status()).isEqualTo(Status.MALFORMED);
        assertThat(links.verify("abc").status()).isEqualTo(Status.MALFORMED);
    }

    @Test
    void generatesASecretInTheDefaultProfileOnly() {
        PaymentLinkProperties noSecret = new PaymentLinkProperties("https://pay.example.com", "", Duration.ofDays(1));

        PaymentLinks generated = new PaymentLinks(noSecret, new MockEnvironment(), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(generated.verify(token(generated.linkFor(9L))).status()).isEqualTo(Status.VALID);

        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("postgres");
        assertThatThrownBy(() -> new PaymentLinks(noSecret, production, Clock.fixed(NOW, ZoneOffset.UTC)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("payment-link.secret");
    }

    private static PaymentLinks links(PaymentLinkProperties properties, Instant now) {
        return new PaymentLinks(properties, new MockEnvironment(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
