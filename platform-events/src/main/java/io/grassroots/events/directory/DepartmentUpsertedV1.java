package io.grassroots.events.directory;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.util.List;

/** A higher-level department, the region it governs, and the category groups it inspects in. */
@EventType(value = "department.upserted.v1", topic = Topics.DIRECTORY)
public record DepartmentUpsertedV1(String id, String name, String level, String regionCode, List<String> groups)
        implements PlatformEvent {
    public DepartmentUpsertedV1 {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    @Override
    public String subject() {
        return "department:" + id;
    }
}
