package io.cureflow.understanding.internal.limits;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The times and days a reply rules out or allows: "after 6pm", "not before 10 am", "between 5 and 7", "después de las
 * 6", "evenings only", "mornings", "weekends only", "not on sundays". An allowed window rules out the rest of the day;
 * two allowed windows are not combined (does "after 6 and before 8" mean between, or either?), so both complements are
 * kept, which rules out more, and the reply goes to a person too.
 */
final class TimeLimits {

    private static final String T = ClockTime.PATTERN;
    private static final Pattern UNTIL_AFTER = Spans.words("(?:until|till|til|hasta) (?:after|despues de) (" + T + ")");
    private static final Pattern BUSY_UNTIL = Spans.words("(?:busy|working|at work|in class|at school|ocupad[oa]"
            + "|trabajando|en el trabajo|en clases?|trabajo|work) (?:until|till|til|hasta) (" + T + ")");
    private static final Pattern RANGE = Spans.words("(?:(?:between|from|entre|de|desde) )?(" + T + ") (?:and|to|till"
            + "|until|through|y|a|hasta) (" + T + ")");
    private static final Pattern AFTER = Spans.words("(?:after|past|later than|from|despues de|despues|a partir de"
            + "|desde) (" + T + ")(?: on| onwards?| en adelante)?");
    private static final Pattern BEFORE = Spans.words("(?:before|earlier than|antes de|antes) (" + T + ")");
    private static final Pattern UNTIL = Spans.words("(?:until|till|til|hasta) (" + T + ")");
    private static final Pattern PERIOD = Spans.words("(?:(?:in|during|on|at|por|en|for) )?(?:(?:the|la|las) )?"
            + "(mornings?|afternoons?|evenings?|nights?|mananas?|tardes?|noches?)");
    private static final Pattern ONE_OFF_PERIOD = Spans.words("(?:this|tomorrow|yesterday|esta|manana|hoy|ayer)"
            + " (?:morning|afternoon|evening|night|manana|tarde|noche)");
    /** "I work nights": the borrower is busy then. */
    private static final Pattern WORKS_THEN = Pattern.compile("(?<![a-z])(?:work|works|working|trabajo|trabajando)"
            + "(?: (?:de|por|en|the))? $");
    private static final String DAY = "mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?"
            + "|weekends?|weekdays?|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|fines? de semana"
            + "|entre semana|dias de semana|dias habiles";
    private static final Pattern DAYS = Spans.words("(?:(?:on|los|el|en|during|durante|the) )*(?:" + DAY + ")"
            + "(?:(?: ,| and| or| y| o| &)(?: (?:on|los|el|the))? (?:" + DAY + "))*");
    private static final Pattern DAY_WORD = Spans.words(DAY);
    private static final Pattern LEFT_OVER = Spans.words("(?:after|before|until|till|between|despues|antes|hasta"
            + "|entre)(?! [,.;!?])(?! ?$)|later|tonight|tomorrow|lunch|lunchtime|almuerzo|mas tarde|luego|al rato"
            + "|manana");

    private final Spans spans;
    private final String text;
    private final RuledOutMinutes minutes = new RuledOutMinutes();
    private final List<ContactLimit> combined = new ArrayList<>();
    private final Set<DayOfWeek> allowedDays = EnumSet.noneOf(DayOfWeek.class);
    private final Set<DayOfWeek> ruledOutDays = EnumSet.noneOf(DayOfWeek.class);
    private final List<Negative> negatives = new ArrayList<>();
    private int allowedWindows;
    private boolean unsure;

    private record Negative(int clause, LocalTime from, LocalTime until) {
    }

    TimeLimits(Spans spans) {
        this.spans = spans;
        this.text = spans.text();
    }

    boolean unsure() {
        return unsure;
    }

    List<ContactLimit> read() {
        each(ONE_OFF_PERIOD, matcher -> unsure = true);
        each(UNTIL_AFTER, matcher -> allow(ClockTime.alone(matcher.group(1)), null));
        each(BUSY_UNTIL, matcher -> ruleOut(matcher.start(), null, ClockTime.alone(matcher.group(1))));
        each(RANGE, matcher -> {
            Optional<LocalTime[]> range = ClockTime.range(matcher.group(1), matcher.group(2));
            if (range.isEmpty()) {
                unsure = true;
            } else if (Clauses.negated(text, matcher.start())) {
                negatives.add(new Negative(Clauses.start(text, matcher.start()), range.get()[0], range.get()[1]));
            } else {
                allowWindow(range.get()[0], range.get()[1]);
            }
        });
        each(AFTER, matcher -> window(matcher.start(), ClockTime.alone(matcher.group(1)), true));
        each(BEFORE, matcher -> window(matcher.start(), ClockTime.alone(matcher.group(1)), false));
        each(UNTIL, matcher -> {
            if (Clauses.negated(text, matcher.start())) {
                ruleOut(matcher.start(), null, ClockTime.alone(matcher.group(1)));
            } else {
                unsure = true;
            }
        });
        each(PERIOD, this::period);
        each(DAYS, this::days);
        each(LEFT_OVER, matcher -> unsure = true);
        return limits();
    }

    private List<ContactLimit> limits() {
        List<ContactLimit> limits = new ArrayList<>(combined);
        for (Negative negative : negatives) {
            minutes.ruleOut(negative.from(), negative.until());
        }
        if (allowedWindows > 1) {
            unsure = true;
        }
        if (minutes.wholeDay()) {
            unsure = true;
        } else if (!minutes.none()) {
            limits.addAll(minutes.windows());
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        days.addAll(ruledOutDays);
        if (!allowedDays.isEmpty()) {
            days.addAll(EnumSet.complementOf(EnumSet.copyOf(allowedDays)));
        }
        if (days.size() == 7) {
            unsure = true;
        } else if (!days.isEmpty()) {
            limits.add(ContactLimit.ruledOut(null, null, days));
        }
        return limits;
    }

    private void window(int at, Optional<LocalTime> time, boolean after) {
        if (time.isEmpty()) {
            unsure = true;
        } else if (Clauses.negated(text, at)) {
            negatives.add(new Negative(Clauses.start(text, at), after ? time.get() : null,
                    after ? null : time.get()));
        } else if (after) {
            allowWindow(time.get(), null);
        } else {
            allowWindow(null, time.get());
        }
    }

    private void allow(Optional<LocalTime> from, LocalTime until) {
        if (from.isEmpty()) {
            unsure = true;
        } else {
            allowWindow(from.get(), until);
        }
    }

    private void allowWindow(LocalTime from, LocalTime until) {
        allowedWindows++;
        minutes.allowOnly(from, until);
    }

    private void ruleOut(int at, LocalTime from, Optional<LocalTime> until) {
        if (until.isEmpty()) {
            unsure = true;
        } else {
            negatives.add(new Negative(Clauses.start(text, at), from, until.get()));
        }
    }

    private void period(Matcher matcher) {
        String word = matcher.group(1);
        boolean spanish = word.startsWith("manana") || word.startsWith("tarde") || word.startsWith("noche");
        boolean article = matcher.group().contains(" ");
        if (spanish && !article || word.equals("night") && !article) {
            unsure = true;
            return;
        }
        LocalTime[] hours = switch (word.replaceAll("s$", "")) {
            case "morning", "manana" -> new LocalTime[]{null, LocalTime.NOON};
            case "afternoon" -> new LocalTime[]{LocalTime.NOON, LocalTime.of(17, 0)};
            case "tarde" -> new LocalTime[]{LocalTime.NOON, LocalTime.of(19, 0)};
            case "evening" -> new LocalTime[]{LocalTime.of(17, 0), null};
            default -> new LocalTime[]{LocalTime.of(19, 0), null};
        };
        if (Clauses.negated(text, matcher.start()) || WORKS_THEN.matcher(text.substring(0, matcher.start())).find()) {
            negatives.add(new Negative(Clauses.start(text, matcher.start()), hours[0], hours[1]));
        } else {
            allowWindow(hours[0], hours[1]);
        }
    }

    private void days(Matcher matcher) {
        Set<DayOfWeek> named = EnumSet.noneOf(DayOfWeek.class);
        boolean recurring = matcher.group().matches(".*(?:los |weekends|weekdays|fines de semana|entre semana"
                + "|dias de semana|dias habiles).*");
        Matcher word = DAY_WORD.matcher(matcher.group());
        while (word.find()) {
            named.addAll(DayWords.of(word.group()));
            recurring |= word.group().matches("(?:mon|tues|wednes|thurs|fri|satur|sun)days");
        }
        int clause = Clauses.start(text, matcher.start());
        if (Clauses.negated(text, matcher.start())) {
            List<Negative> sameClause = negatives.stream().filter(negative -> negative.clause() == clause).toList();
            if (sameClause.isEmpty()) {
                ruledOutDays.addAll(named);
            } else {
                negatives.removeAll(sameClause);
                sameClause.forEach(negative -> combined.add(ContactLimit.ruledOut(negative.from(), negative.until(),
                        named)));
            }
        } else if (recurring || text.substring(clause, matcher.start()).matches(".*(?:only|solo|solamente).*")
                || text.substring(matcher.end()).startsWith(" only")) {
            allowedDays.addAll(named);
        } else {
            unsure = true;
        }
    }

    private void each(Pattern pattern, Consumer<Matcher> action) {
        Matcher matcher = pattern.matcher(text);
        while (spans.next(matcher) != null) {
            action.accept(matcher);
        }
    }
}
