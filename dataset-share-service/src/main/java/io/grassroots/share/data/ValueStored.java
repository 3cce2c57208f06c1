package io.grassroots.share.data;

/** One value stored: its field, its row and its source (see {@link ValuesStored}). */
public record ValueStored(String unitCode, String indicator, String period, long valueId, ValueSource source) {
}
