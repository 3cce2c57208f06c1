package io.grassroots.share.data;

/**
 * A value was stored: fired by {@link ValueStore} inside the storing transaction, once the row is
 * written, so that whoever waits on the field (requests' pending fields, tasks' open fields) is
 * answered in the same commit. Observers are synchronous; data depends on none of them.
 */
public record ValueStored(String unitCode, String indicator, String period, long valueId, ValueSource source) {
}
