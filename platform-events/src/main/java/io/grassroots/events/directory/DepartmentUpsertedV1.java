package io.grassroots.events.directory;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;

/** A higher-level department and the region it governs. */
@EventType(value = "department.upserted.v1", topic = Topics.DIRECTORY)
public record DepartmentUpsertedV1(String id, String name, String level, String regionCode) implements PlatformEvent {
    @Override
    public String subject() {
        return "department:" + id;
    }
}
