package io.grassroots.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads China's official holiday arrangements (chinese-days.json: holidays and 调休 workdays). */
public final class OfficialCalendarData {
    public static final String RESOURCE = "calendar/chinese-days.json";

    private OfficialCalendarData() {
    }

    /** The calendar of the shipped data, without blackouts. */
    public static WorkingCalendar shipped() {
        try (InputStream in = OfficialCalendarData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WorkingCalendar read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        return new WorkingCalendar(dates(root.path("holidays")), dates(root.path("workdays")), List.of());
    }

    private static Set<LocalDate> dates(JsonNode map) {
        Set<LocalDate> dates = new HashSet<>();
        map.fieldNames().forEachRemaining(day -> dates.add(LocalDate.parse(day)));
        return dates;
    }
}
