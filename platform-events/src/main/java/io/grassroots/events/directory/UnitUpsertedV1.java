package io.grassroots.events.directory;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;

/** A grassroots unit as the directory now knows it (compacted topic: the latest per code wins). */
@EventType(value = "unit.upserted.v1", topic = Topics.DIRECTORY)
public record UnitUpsertedV1(String code, String name, String level, String parentCode, String countyCode,
        String cityCode, String provinceCode) implements PlatformEvent {
    @Override
    public String subject() {
        return "unit:" + code;
    }
}
