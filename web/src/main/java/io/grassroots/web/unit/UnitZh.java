package io.grassroots.web.unit;

import io.grassroots.calendar.Period;
import io.quarkus.qute.TemplateExtension;

/** The unit's pages' Chinese for templates, as {@code unit:visitStatus(v.status)}. */
@TemplateExtension(namespace = "unit")
public final class UnitZh {

    private UnitZh() {
    }

    public static String visitStatus(String status) {
        return UnitPages.visitStatus(status);
    }

    public static String taskStatus(String status) {
        return UnitPages.taskStatus(status);
    }

    public static String outcome(String outcome) {
        return UnitPages.outcome(outcome);
    }

    public static String reason(String reason) {
        return UnitPages.reason(reason);
    }

    /** A task's period as its heading says it: 2026 年度, 2026 年第一季度, 2026 年 6 月 (a form may ask for a quarter). */
    public static String period(String period) {
        if (period == null || !Period.isValid(period)) {
            return period == null ? "" : period;
        }
        String year = period.substring(0, 4);
        if (period.length() == 4) {
            return year + " 年度";
        }
        return period.charAt(5) == 'Q' ? year + " 年第" + "一二三四".charAt(period.charAt(6) - '1') + "季度"
                : year + " 年 " + Integer.parseInt(period.substring(5)) + " 月";
    }
}
