package io.grassroots.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import io.grassroots.json.PlatformJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads China's official holiday arrangements shipped with the platform (chinese-days.json: holidays
 * and 调休 workdays). The years covered are those the data has dates in; later years are loaded at run
 * time (see {@link WorkingCalendar#withYear}).
 */
public final class OfficialCalendarData {
    public static final String RESOURCE = "calendar/chinese-days.json";

    private OfficialCalendarData() {
    }

    /** The calendar of the shipped data, without blackouts (read once: the calendar is immutable). */
    public static WorkingCalendar shipped() {
        return Shipped.CALENDAR;
    }

    public static WorkingCalendar read(InputStream json) throws IOException {
        JsonNode root = PlatformJson.shared().readTree(json);
        Map<LocalDate, String> holidays = new HashMap<>();
        root.path("holidays").fields().forEachRemaining(e -> holidays.put(LocalDate.parse(e.getKey()),
                nameOf(e.getValue().asText())));
        Set<LocalDate> workdays = new HashSet<>();
        root.path("workdays").fieldNames().forEachRemaining(day -> workdays.add(LocalDate.parse(day)));
        Set<Integer> years = new TreeSet<>();
        holidays.keySet().forEach(d -> years.add(d.getYear()));
        workdays.forEach(d -> years.add(d.getYear()));
        return new WorkingCalendar(holidays, workdays, years, List.of());
    }

    /** "National Day,国庆节,3" names the holiday 国庆节; a value without the Chinese part is kept whole. */
    static String nameOf(String value) {
        String[] parts = value.split(",");
        return parts.length >= 2 && !parts[1].isBlank() ? parts[1].trim() : value.trim();
    }

    /** Loaded on first use, once per class loader. */
    private static final class Shipped {
        static final WorkingCalendar CALENDAR = load();

        private static WorkingCalendar load() {
            try (InputStream in = OfficialCalendarData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
