package io.grassroots.web.i18n;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Numbers and times as Chinese pages show them: shares as percentages, dates in Beijing time, "—" for
 * none. Called as functions ({@code fmt:pct(x)}), since an extension method of the value is not called on null.
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    /** Last year to two years ahead, in Beijing: the years plans are filed and scheduled for. */
    public static java.util.List<Integer> planningYears() {
        int now = java.time.LocalDate.now(BEIJING).getYear();
        return java.util.stream.IntStream.rangeClosed(now - 1, now + 2).boxed().toList();
    }

    /** A 0–1 share as a whole percentage. */
    public static String pct(BigDecimal share) {
        return share == null ? "—" : share.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
    }

    /** A number to the given decimals. */
    public static String dec(BigDecimal value, int scale) {
        return value == null ? "—" : value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    public static String orDash(Object value) {
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }

    /** An instant of the API as a Beijing date and minute. */
    public static String beijing(String instant) {
        if (instant == null || instant.isBlank()) {
            return "—";
        }
        try {
            return MINUTE.format(Instant.parse(instant).atZone(BEIJING));
        } catch (RuntimeException e) {
            return instant;
        }
    }
}
