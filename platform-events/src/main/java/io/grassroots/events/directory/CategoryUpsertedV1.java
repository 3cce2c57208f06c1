package io.grassroots.events.directory;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;

/** An inspection category and the group of categories that may share a visit. */
@EventType(value = "category.upserted.v1", topic = Topics.DIRECTORY)
public record CategoryUpsertedV1(String code, String name, String group) implements PlatformEvent {
    @Override
    public String subject() {
        return "category:" + code;
    }
}
