package io.grassroots.web.plans;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The new-plan form as typed: every value a string, so that the form shows back exactly what was
 * sent, and the request body it becomes (inspection-service's PlanRequest). Lists are typed one per
 * line or separated by commas; targets are either unit codes or everything under a region.
 */
public record PlanInput(String year, String title, String kind, String scope, String category, String targets,
        String under, String level, String windowStart, String windowEnd, String onSiteDays, String teamSize,
        String materials, String mandate, String vetoItem) {
    /** The inputs a problem's or a finding's field can be shown next to. */
    static final Set<String> INPUTS = Set.of("year", "title", "kind", "scope", "category", "targets", "windowStart",
            "windowEnd", "onSiteDays", "teamSize", "materials", "mandate", "vetoItem");

    static PlanInput blank(int year) {
        return new PlanInput(String.valueOf(year), "", "INSPECTION", "SPECIAL", "", "", "", "", "", "", "1", "", "", "",
                "");
    }

    static PlanInput of(PlanViews.Plan p) {
        return new PlanInput(String.valueOf(p.year()), p.title(), p.kind(), p.scope(), p.category(),
                p.targets() == null ? "" : String.join("\n", p.targets()),
                p.targetSelector() == null ? "" : p.targetSelector().under(),
                p.targetSelector() == null || p.targetSelector().level() == null ? "" : p.targetSelector().level(),
                p.windowStart(), p.windowEnd(), String.valueOf(p.onSiteDays()), String.valueOf(p.teamSize()),
                String.join(", ", p.materials()), nz(p.mandate()), nz(p.vetoItem()));
    }

    /**
     * The JSON body. A number that is not one is sent as the text it is, so that the API names the
     * field (the console does not second-guess the API's rules; it only shows them).
     */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", number(year));
        body.put("title", blankToNull(title));
        body.put("kind", blankToNull(kind));
        body.put("scope", blankToNull(scope));
        body.put("category", blankToNull(category));
        List<String> codes = list(targets, false);
        if (!codes.isEmpty() || blankToNull(under) == null) {
            body.put("targets", codes);
        } else {
            Map<String, String> selector = new LinkedHashMap<>();
            selector.put("under", under.trim());
            selector.put("level", blankToNull(level));
            body.put("targetSelector", selector);
        }
        body.put("windowStart", blankToNull(windowStart));
        body.put("windowEnd", blankToNull(windowEnd));
        body.put("onSiteDays", number(onSiteDays));
        body.put("teamSize", number(teamSize));
        body.put("materials", list(materials, true));
        body.put("mandate", blankToNull(mandate));
        body.put("vetoItem", blankToNull(vetoItem));
        return body;
    }

    /** The codes typed and the townships ticked, each once, in that order. */
    static String merge(String typed, List<String> ticked) {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>(list(typed, false));
        if (ticked != null) {
            ticked.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).forEach(codes::add);
        }
        return String.join("\n", codes);
    }

    /** Whether a unit is among the targets, for the picker's ticks. */
    public boolean hasTarget(String code) {
        return list(targets, false).contains(code);
    }

    /** The target codes the picker does not list, for the box of other codes. */
    public String otherTargets(List<io.grassroots.web.api.Directory.Unit> listed) {
        java.util.Set<String> shown = listed.stream().map(io.grassroots.web.api.Directory.Unit::code)
                .collect(java.util.stream.Collectors.toSet());
        return String.join("\n", list(targets, false).stream().filter(c -> !shown.contains(c)).toList());
    }

    private static Object number(String text) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return t;
        }
    }

    private static List<String> list(String text, boolean upper) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,，、;；]+")).filter(s -> !s.isBlank())
                .map(s -> upper ? s.toUpperCase(Locale.ROOT) : s).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
