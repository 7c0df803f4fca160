package io.cureflow.journey;

public interface JourneyQueries {

    JourneyStatus statusOf(long caseId);
}
