package io.cureflow.journey.internal;

import io.cureflow.compliance.Channel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static io.cureflow.journey.DelinquencyJourney.VAR_CADENCE_DAYS;
import static io.cureflow.journey.DelinquencyJourney.VAR_CHANNEL;
import static io.cureflow.journey.DelinquencyJourney.VAR_CHANNEL_ORDER;
import static io.cureflow.journey.DelinquencyJourney.VAR_NEXT_OUTREACH_AT;
import static io.cureflow.journey.DelinquencyJourney.VAR_STEP;

/**
 * "Pick next outreach step": counts the step, takes the channels of the strategy's channel order in turn, and sets
 * when the reminder after this one is due.
 */
@Component("pickNextStep")
public class PickNextStepDelegate implements JavaDelegate {

    private final Clock clock;

    public PickNextStepDelegate(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long previous = ProcessVariables.optionalLong(execution, VAR_STEP);
        int step = previous == null ? 1 : Math.toIntExact(previous) + 1;
        List<Channel> channels = channelOrder(ProcessVariables.requiredString(execution, VAR_CHANNEL_ORDER));
        Channel channel = channels.get((step - 1) % channels.size());
        int cadenceDays = ProcessVariables.requiredInt(execution, VAR_CADENCE_DAYS);

        execution.setVariable(VAR_STEP, step);
        execution.setVariable(VAR_CHANNEL, channel.name());
        execution.setVariable(VAR_NEXT_OUTREACH_AT,
                ProcessVariables.isoInstant(clock.instant().plus(Duration.ofDays(cadenceDays))));
    }

    static List<Channel> channelOrder(String channelOrder) {
        return Arrays.stream(channelOrder.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .map(Channel::valueOf)
                .toList();
    }
}
