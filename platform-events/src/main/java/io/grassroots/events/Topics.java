package io.grassroots.events;

/** Kafka topic names; each service's channel for a topic carries exactly this name. */
public final class Topics {
    public static final String DIRECTORY = "directory";
    public static final String PLAN_EVENTS = "plan-events";
    public static final String VISIT_EVENTS = "visit-events";
    public static final String INSPECTION_RESULTS = "inspection-results";
    public static final String DATA_EVENTS = "data-events";
    public static final String ASSESSMENT_EVENTS = "assessment-events";

    /** Dead letters of a topic go to the topic's name with this suffix. */
    /** Dead-letter topics are named dead-letter.{consumer group}.{topic}: each says whose failure it holds. */
    public static final String DEAD_LETTER_PREFIX = "dead-letter.";

    private Topics() {
    }

    public static String deadLetterOf(String group, String topic) {
        return DEAD_LETTER_PREFIX + group + "." + topic;
    }
}
