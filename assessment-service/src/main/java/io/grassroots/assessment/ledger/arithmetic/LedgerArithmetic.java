package io.grassroots.assessment.ledger.arithmetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * The ledger's arithmetic: from a department's tally to its shares, the unit-hours it imposed and
 * its relief and burden scores. Pure and deterministic, so anyone can recompute a published figure.
 */
public final class LedgerArithmetic {
    public static final double WEIGHT_CUT = 0.4;
    public static final double WEIGHT_SHARE = 0.3;
    public static final double WEIGHT_MERGE = 0.2;
    public static final double WEIGHT_FEEDBACK = 0.1;
    /** A refused submission is an attempted burden: it counts as half a working day of unit time. */
    public static final double HOURS_PER_REFUSAL = 4.0;

    public static final String FORMULA = "relief = 100 x weighted mean of the components that apply: "
            + "cut = (baseline - targetsFiled) / baseline, clamped to 0..1 (weight 0.4, needs a baseline); "
            + "share = (fieldsAnsweredShared + fieldsCoalesced) / fieldsRequested (0.3, needs a request); "
            + "merge = targetsMerged / targetsVisited (0.2, needs a visit); "
            + "feedback = (mean rating - 1) / 4 (0.1, needs a rating). "
            + "burden = unit-hours imposed + 4 h per refused submission, where unit-hours = visit days x "
            + "hours per visit day divided among the departments sharing each visit, plus the catalog's "
            + "minutes per field asked of units / 60. Red list: relief descending, then burden ascending, "
            + "then department id; black list: burden descending, then relief ascending, then department id.";

    private final double hoursPerVisitDay;

    public LedgerArithmetic(double hoursPerVisitDay) {
        this.hoursPerVisitDay = hoursPerVisitDay;
    }

    public LedgerRow row(DepartmentTally t) {
        Double cut = t.baseline() == null || t.baseline() <= 0 ? null
                : clamp((t.baseline() - t.targetsFiled()) / (double) t.baseline());
        Boolean within = t.quotaLimit() == null ? null : t.targetsFiled() <= t.quotaLimit();
        Double share = t.fieldsRequested() == 0 ? null
                : (t.fieldsAnsweredShared() + t.fieldsCoalesced()) / (double) t.fieldsRequested();
        Double merge = t.targetsVisited() == 0 ? null : t.targetsMerged() / (double) t.targetsVisited();
        Double mean = t.feedbackCount() == 0 ? null : t.feedbackSum() / (double) t.feedbackCount();
        double hours = t.visitDayShare() * hoursPerVisitDay + t.taskMinutes() / 60.0;

        double weighted = 0;
        double weights = 0;
        if (cut != null) {
            weighted += WEIGHT_CUT * cut;
            weights += WEIGHT_CUT;
        }
        if (share != null) {
            weighted += WEIGHT_SHARE * share;
            weights += WEIGHT_SHARE;
        }
        if (merge != null) {
            weighted += WEIGHT_MERGE * merge;
            weights += WEIGHT_MERGE;
        }
        if (mean != null) {
            weighted += WEIGHT_FEEDBACK * (mean - 1) / 4;
            weights += WEIGHT_FEEDBACK;
        }
        double relief = weights == 0 ? 0 : 100 * weighted / weights;
        double burden = hours + HOURS_PER_REFUSAL * t.submissionsRefused();
        return new LedgerRow(t, scaled(cut, 3), within, scaled(merge, 3), scaled(share, 3), scaled(mean, 2),
                scaled(hours, 2), scaled(relief, 2), scaled(burden, 2));
    }

    /** The red list: most relief first. */
    public static List<LedgerRow> red(List<LedgerRow> rows, int size) {
        return rows.stream().sorted(Comparator.comparing(LedgerRow::reliefScore).reversed()
                .thenComparing(LedgerRow::burdenScore).thenComparing(r -> r.counts().departmentId()))
                .limit(size).toList();
    }

    /** The black list: most burden first. */
    public static List<LedgerRow> black(List<LedgerRow> rows, int size) {
        return rows.stream().sorted(Comparator.comparing(LedgerRow::burdenScore).reversed()
                .thenComparing(LedgerRow::reliefScore).thenComparing(r -> r.counts().departmentId()))
                .limit(size).toList();
    }

    /**
     * What a published row is compared by: every count, and feedback, hours and scores at the precision
     * a reader would notice (feedback to 0.1, hours and scores to whole units): smaller moves are not news.
     */
    public static String fingerprint(LedgerRow r) {
        DepartmentTally t = r.counts();
        return String.join("|", String.valueOf(t.plansFiled()), String.valueOf(t.targetsFiled()),
                String.valueOf(t.plansApproved()), String.valueOf(t.targetsApproved()), String.valueOf(t.baseline()),
                String.valueOf(t.quotaLimit()), String.valueOf(t.targetsVisited()), String.valueOf(t.targetsMerged()),
                String.valueOf(t.fieldsRequested()), String.valueOf(t.fieldsAnsweredShared()),
                String.valueOf(t.fieldsAskedOfUnits()), String.valueOf(t.submissionsRefused()),
                String.valueOf(scaled(r.feedbackMean() == null ? null : r.feedbackMean().doubleValue(), 1)),
                String.valueOf(scaled(r.unitHoursImposed().doubleValue(), 0)),
                String.valueOf(scaled(r.reliefScore().doubleValue(), 0)),
                String.valueOf(scaled(r.burdenScore().doubleValue(), 0)));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static BigDecimal scaled(Double v, int scale) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }
}
