package io.grassroots.web.unit;

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
}
