package io.cureflow.understanding.internal.limits;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.RestrictionKind;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * One limit a borrower set on contact, in the terms compliance records it: no contact at work, this channel only, or
 * local times and days ruled out.
 *
 * @param channel      for {@link RestrictionKind#CHANNEL_ONLY}: the channel the borrower kept
 * @param from         for a time: the start of the ruled-out local time, inclusive; null for midnight
 * @param until        for a time: its end, exclusive; null for the end of the day; before {@code from} it runs past
 *                     midnight
 * @param days         for a time: the days it covers; empty for every day
 * @param thisAddress  for work: the reply came from the work number or address ("this is my work phone")
 */
public record ContactLimit(RestrictionKind kind, Channel channel, LocalTime from, LocalTime until,
                           Set<DayOfWeek> days, boolean thisAddress) {

    public ContactLimit {
        days = days == null ? Set.of() : Set.copyOf(days);
    }

    static ContactLimit atWork(boolean thisAddress) {
        return new ContactLimit(RestrictionKind.NO_CONTACT_AT_WORK, null, null, null, Set.of(), thisAddress);
    }

    static ContactLimit only(Channel channel) {
        return new ContactLimit(RestrictionKind.CHANNEL_ONLY, channel, null, null, Set.of(), false);
    }

    static ContactLimit ruledOut(LocalTime from, LocalTime until, Set<DayOfWeek> days) {
        return new ContactLimit(RestrictionKind.INCONVENIENT_TIME, null, from, until, days, false);
    }
}
