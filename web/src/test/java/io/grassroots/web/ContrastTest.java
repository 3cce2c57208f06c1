package io.grassroots.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundled stylesheet's colours meet WCAG 2.2's contrast minimums, computed as the specification defines them. */
class ContrastTest {
    /** SC 1.4.3 Contrast (Minimum): text of normal size. */
    private static final double TEXT = 4.5;
    /** SC 1.4.11 Non-text Contrast: user-interface components' states, the focus indicator among them. */
    private static final double NON_TEXT = 3.0;
    private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)}");
    private static final Pattern VARIABLE = Pattern
            .compile("--([a-z-]+)\\s*:\\s*#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\\s*;");
    private static final Pattern FOCUS_RULE = Pattern.compile("(?m)^:focus-visible\\s*\\{([^}]*)}");

    @Test
    void theFormulaGivesTheSpecificationsKnownValues() {
        assertEquals(21.0, ratio("#000", "#fff"), 1e-9);
        assertEquals(1.0, ratio("#f5f7fa", "#f5f7fa"), 1e-9);
        // #767676 is the lightest grey that passes on white, at 4.54:1.
        assertEquals(4.54, ratio("#767676", "#fff"), 0.005);
        assertTrue(ratio("#777777", "#fff") < TEXT);
    }

    @Test
    void textColoursReadOnThePageAndOnTheMainArea() throws IOException {
        Map<String, String> colours = variables();
        for (String text : List.of("ink", "muted", "link", "ok", "warn", "bad")) {
            for (String ground : List.of("bg", "surface")) {
                double r = ratio(colours.get(text), colours.get(ground));
                assertTrue(r >= TEXT, "--" + text + " on --" + ground + " is " + round(r) + ":1, below " + TEXT);
            }
        }
    }

    @Test
    void theFocusRingStandsOutFromEveryBackgroundAndFromItsOffset() throws IOException {
        Map<String, String> colours = variables();
        // The page, the white main area, the red header bar and primary buttons: wherever a control can be.
        for (String ground : List.of("bg", "surface", "brand")) {
            double r = ratio(colours.get("focus-ring"), colours.get(ground));
            assertTrue(r >= NON_TEXT, "--focus-ring against --" + ground + " is " + round(r) + ":1, below "
                    + NON_TEXT);
        }
        double tones = ratio(colours.get("focus-ring"), colours.get("focus"));
        assertTrue(tones >= NON_TEXT, "the ring's two tones are only " + round(tones) + ":1 apart");
    }

    @Test
    void theFocusRuleUsesTheColoursCheckedHere() throws IOException {
        Matcher rule = FOCUS_RULE.matcher(stylesheet());
        assertTrue(rule.find(), "app.css has a :focus-visible rule");
        String body = rule.group(1);
        assertTrue(body.matches("(?s).*outline:\\s*3px solid var\\(--focus-ring\\).*"), body);
        assertTrue(body.matches("(?s).*box-shadow:[^;]*var\\(--focus\\).*"), body);
    }

    /** The contrast ratio (L1 + 0.05) / (L2 + 0.05), L1 the lighter colour's relative luminance. */
    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2.2's relative luminance of an sRGB colour given as #rgb or #rrggbb. */
    static double luminance(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double r = channel(Integer.parseInt(h.substring(0, 2), 16));
        double g = channel(Integer.parseInt(h.substring(2, 4), 16));
        double b = channel(Integer.parseInt(h.substring(4, 6), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Map<String, String> variables() throws IOException {
        Matcher root = ROOT.matcher(stylesheet());
        assertTrue(root.find(), "app.css declares its colours in :root");
        Map<String, String> colours = new HashMap<>();
        Matcher v = VARIABLE.matcher(root.group(1));
        while (v.find()) {
            colours.put(v.group(1), "#" + v.group(2));
        }
        for (String name : List.of("ink", "muted", "link", "bg", "surface", "brand", "focus", "focus-ring")) {
            assertNotNull(colours.get(name), "--" + name + " is declared as a hex colour in :root");
        }
        return colours;
    }

    /** The stylesheet the Web Bundler bundles into every page, read from the classpath as it is packaged. */
    private static String stylesheet() throws IOException {
        try (InputStream in = ContrastTest.class.getResourceAsStream("/web/app/app.css")) {
            assertNotNull(in, "web/app/app.css is on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String round(double r) {
        return String.format("%.2f", r);
    }
}
