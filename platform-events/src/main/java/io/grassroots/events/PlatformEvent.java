package io.grassroots.events;

/**
 * An event published by a service. The subject is the aggregate id: it becomes the CloudEvents
 * {@code subject} and the Kafka key, so that one aggregate's events stay in order.
 */
public interface PlatformEvent {
    String subject();

    /** The CloudEvents type declared on the record by {@link EventType}. */
    default String eventType() {
        return EventCatalog.typeOf(getClass());
    }

    /** The topic declared on the record by {@link EventType}. */
    default String topic() {
        return EventCatalog.topicOf(getClass());
    }
}
