package io.cureflow.understanding.internal.limits;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The minutes of a day a borrower ruled out, from windows they ruled out ("not before 9am") and windows they allowed
 * ("only after 6pm", whose complement is ruled out), turned back into as few windows as compliance needs.
 */
final class RuledOutMinutes {

    private static final int DAY = 24 * 60;

    private final BitSet minutes = new BitSet(DAY);

    void ruleOut(LocalTime from, LocalTime until) {
        set(minutes, from, until);
    }

    void allowOnly(LocalTime from, LocalTime until) {
        BitSet allowed = new BitSet(DAY);
        set(allowed, from, until);
        allowed.flip(0, DAY);
        minutes.or(allowed);
    }

    boolean none() {
        return minutes.isEmpty();
    }

    boolean wholeDay() {
        return minutes.cardinality() == DAY;
    }

    /** One window per run of ruled-out minutes; a run over midnight is one window whose end comes before its start. */
    List<ContactLimit> windows() {
        List<int[]> runs = new ArrayList<>();
        int start = minutes.nextSetBit(0);
        while (start >= 0) {
            int end = minutes.nextClearBit(start);
            runs.add(new int[]{start, end});
            start = end >= DAY ? -1 : minutes.nextSetBit(end);
        }
        if (runs.size() > 1 && runs.get(0)[0] == 0 && runs.get(runs.size() - 1)[1] == DAY) {
            int[] first = runs.remove(0);
            runs.get(runs.size() - 1)[1] = first[1];
        }
        return runs.stream().map(run -> ContactLimit.ruledOut(run[0] == 0 ? null : time(run[0]),
                run[1] == DAY ? null : time(run[1]), Set.of())).toList();
    }

    /** A window whose end comes before its start runs past midnight. */
    private static void set(BitSet bits, LocalTime from, LocalTime until) {
        int start = from == null ? 0 : minute(from);
        int end = until == null ? DAY : minute(until);
        if (end <= start) {
            bits.set(start, DAY);
            bits.set(0, end);
        } else {
            bits.set(start, end);
        }
    }

    private static int minute(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static LocalTime time(int minute) {
        return LocalTime.of(minute / 60, minute % 60);
    }
}
