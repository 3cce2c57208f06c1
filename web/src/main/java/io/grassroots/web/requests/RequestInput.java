package io.grassroots.web.requests;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data-request form as typed: the ticked indicators and townships, other unit codes typed one per
 * line, the period and the due date. It shows back exactly what was sent and becomes the API's body
 * (dataset-share-service's DataRequestInput).
 */
public record RequestInput(String title, List<String> indicators, List<String> units, String moreUnits,
        String period, String dueDate) {
    /** The inputs a problem's field can be shown next to. */
    static final Set<String> INPUTS = Set.of("title", "indicators", "units", "period", "dueDate");

    public RequestInput {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        units = units == null ? List.of() : List.copyOf(units);
    }

    static RequestInput blank(String period) {
        return new RequestInput("", List.of(), List.of(), "", period, "");
    }

    public boolean hasIndicator(String code) {
        return indicators.contains(code);
    }

    public boolean hasUnit(String code) {
        return units.contains(code);
    }

    /** The ticked units and the typed ones, each once, in that order. */
    List<String> allUnits() {
        Set<String> all = new LinkedHashSet<>(units);
        if (moreUnits != null) {
            Arrays.stream(moreUnits.split("[\\s,，、;；]+")).filter(s -> !s.isBlank()).forEach(all::add);
        }
        return List.copyOf(all);
    }

    /** The JSON body; blanks are sent as null so that the API names the field that is missing. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", blankToNull(title));
        body.put("indicators", indicators);
        body.put("units", allUnits());
        body.put("period", blankToNull(period));
        body.put("dueDate", blankToNull(dueDate));
        return body;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
