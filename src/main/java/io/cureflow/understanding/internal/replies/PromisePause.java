package io.cureflow.understanding.internal.replies;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.Promise;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How long a promise pauses the reminders: to the start of the day after the promised date in the borrower's zone,
 * the same zone that turned a weekday name into a date. A promise in the past, or too far out to wait for, pauses nothing and
 * goes to a person instead.
 */
@Component
class PromisePause {

    private final RepliesProperties properties;

    PromisePause(RepliesProperties properties) {
        this.properties = properties;
    }

    Optional<Instant> until(Classification classification, InboundReply reply) {
        Promise promise = classification.promise();
        boolean promised = classification.intent() == Intent.PROMISE_TO_PAY
                || classification.alsoDetected().contains(Intent.PROMISE_TO_PAY);
        if (!promised || promise == null || promise.date() == null) {
            return Optional.empty();
        }
        LocalDate today = reply.receivedAt().atZone(reply.zone()).toLocalDate();
        if (promise.date().isBefore(today) || promise.date().isAfter(today.plusDays(properties.maxPromiseDays()))) {
            return Optional.empty();
        }
        return Optional.of(promise.date().plusDays(1).atStartOfDay(reply.zone()).toInstant());
    }
}
