package io.grassroots.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares an event record's CloudEvents type and the topic it travels on. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    /** The CloudEvents {@code type}, versioned, e.g. {@code plan.approved.v1}. */
    String value();

    /** The topic the event is published to. */
    String topic();
}
