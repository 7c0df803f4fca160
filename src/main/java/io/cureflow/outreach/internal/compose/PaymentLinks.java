package io.cureflow.outreach.internal.compose;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The borrower's secure payment link: baseUrl/pay/token, the token carrying the case id and an expiry, signed with
 * HMAC-SHA256. The token is lower-case base32 (letters and the digits 2 to 7), one word without separators, so the
 * content guardrail never reads a phrase or an account number into it. The MAC is cut to 128 bits, half the hash, as
 * RFC 2104 allows, to keep texts short.
 */
@Component
public class PaymentLinks {

    private static final Logger log = LoggerFactory.getLogger(PaymentLinks.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 16;
    private static final int EXPIRY_BYTES = 4;

    private final String baseUrl;
    private final SecretKeySpec key;
    private final PaymentLinkProperties properties;
    private final Clock clock;

    public PaymentLinks(PaymentLinkProperties properties, Environment environment, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.baseUrl = properties.baseUrl().endsWith("/") ? properties.baseUrl().substring(0,
                properties.baseUrl().length() - 1) : properties.baseUrl();
        this.key = new SecretKeySpec(secret(properties, environment), ALGORITHM);
    }

    public enum Status { VALID, EXPIRED, TAMPERED, MALFORMED }

    /** What a token says: the case it opens when VALID, else only why it does not. */
    public record Verification(Status status, Optional<Long> caseId) {

        static Verification refused(Status status) {
            return new Verification(status, Optional.empty());
        }
    }

    public String linkFor(long caseId) {
        return baseUrl + "/pay/" + tokenFor(caseId, clock.instant().plus(properties.validFor()));
    }

    String tokenFor(long caseId, Instant expiresAt) {
        if (caseId < 0) {
            throw new IllegalArgumentException("case id must not be negative");
        }
        byte[] payload = payload(caseId, expiresAt.getEpochSecond());
        ByteBuffer token = ByteBuffer.allocate(payload.length + MAC_BYTES);
        token.put(payload).put(mac(payload));
        return Base32.encode(token.array());
    }

    public Verification verify(String token) {
        Optional<byte[]> decoded = token == null ? Optional.empty() : Base32.decode(token);
        if (decoded.isEmpty() || decoded.get().length <= MAC_BYTES + EXPIRY_BYTES) {
            return Verification.refused(Status.MALFORMED);
        }
        byte[] bytes = decoded.get();
        byte[] payload = Arrays.copyOf(bytes, bytes.length - MAC_BYTES);
        byte[] presented = Arrays.copyOfRange(bytes, bytes.length - MAC_BYTES, bytes.length);
        if (!MessageDigest.isEqual(mac(payload), presented)) {
            return Verification.refused(Status.TAMPERED);
        }
        ByteBuffer reader = ByteBuffer.wrap(payload);
        Optional<Long> caseId = Varint.read(reader);
        if (caseId.isEmpty() || reader.remaining() != EXPIRY_BYTES) {
            return Verification.refused(Status.MALFORMED);
        }
        long expiresAt = Integer.toUnsignedLong(reader.getInt());
        if (!clock.instant().isBefore(Instant.ofEpochSecond(expiresAt))) {
            return Verification.refused(Status.EXPIRED);
        }
        return new Verification(Status.VALID, caseId);
    }

    private static byte[] payload(long caseId, long expiresAtSecond) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Varint.write(caseId, out);
        long capped = Math.min(expiresAtSecond, 0xFFFF_FFFFL);
        out.writeBytes(ByteBuffer.allocate(EXPIRY_BYTES).putInt((int) capped).array());
        return out.toByteArray();
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] secret(PaymentLinkProperties properties, Environment environment) {
        if (!properties.secret().isBlank()) {
            return properties.secret().getBytes(StandardCharsets.UTF_8);
        }
        if (environment.getActiveProfiles().length > 0) {
            throw new IllegalStateException("Set cureflow.outreach.payment-link.secret (CUREFLOW_PAYMENT_LINK_SECRET): "
                    + "only the default profile may run with a generated one");
        }
        log.warn("No payment-link secret configured: generated one for this run; links stop working after a restart");
        byte[] generated = new byte[32];
        new SecureRandom().nextBytes(generated);
        return generated;
    }
}
