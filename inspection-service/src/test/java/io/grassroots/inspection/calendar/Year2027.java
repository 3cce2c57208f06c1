package io.grassroots.inspection.calendar;

import io.grassroots.inspection.support.PlanJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The calendar tests' year 2027: the invented arrangement loaded for it, variations of it, and a plan of that year. */
final class Year2027 {
    static final String SOURCE = "国办发明电〔2026〕x号";

    private Year2027() {
    }

    /** One holiday of that name on each of the days from the given one. */
    static List<Map<String, String>> holidays(String name, String from, int days) {
        LocalDate first = LocalDate.parse(from);
        return IntStream.range(0, days).mapToObj(i -> Map.of("date", first.plusDays(i).toString(), "name", name))
                .toList();
    }

    /** National Day 2027-10-01..07 and Spring Festival 2027-02-06..12; two weekend days worked. */
    static Map<String, Object> arrangement() {
        List<Map<String, String>> holidays = new ArrayList<>(holidays("春节", "2027-02-06", 7));
        holidays.addAll(holidays("国庆节", "2027-10-01", 7));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("holidays", holidays);
        body.put("workdays", List.of("2027-09-26", "2027-10-09"));
        body.put("source", SOURCE);
        return body;
    }

    /** The arrangement with one field replaced. */
    static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = arrangement();
        body.put(field, value);
        return body;
    }

    /** A plan of 2027 over the targets, its window from..to (ISO dates). */
    static PlanJson plan2027(List<String> targets, String from, String to) {
        return PlanJson.valid().with("year", 2027).with("title", "2027年国庆前后安全检查").with("targets", targets)
                .with("windowStart", from).with("windowEnd", to).with("mandate", "桂安委〔2027〕1号");
    }
}
