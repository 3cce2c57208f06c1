package io.grassroots.web.approvals;

import io.grassroots.web.i18n.FormErrors;
import java.util.List;

/**
 * The decision form as last posted, so that a refused decision shows its problems on that plan's form
 * only, with what was typed; {@link #none()} when nothing was posted.
 */
public record Decided(String id, String decision, String reason, List<String> accepted, FormErrors errors) {
    private static final Decided NONE = new Decided(null, null, null, List.of(), FormErrors.none());

    public static Decided none() {
        return NONE;
    }

    public boolean is(String planId) {
        return id != null && id.equals(planId);
    }

    /** APPROVE unless this plan's form was posted with REJECT. */
    public String decisionOf(String planId) {
        return is(planId) && "REJECT".equals(decision) ? "REJECT" : "APPROVE";
    }

    public String reasonOf(String planId) {
        return is(planId) && reason != null ? reason : "";
    }

    public boolean accepted(String planId, String rule) {
        return is(planId) && accepted.contains(rule);
    }

    public FormErrors errorsOf(String planId) {
        return is(planId) ? errors : FormErrors.none();
    }
}
