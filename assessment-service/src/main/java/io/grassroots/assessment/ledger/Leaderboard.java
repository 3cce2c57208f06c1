package io.grassroots.assessment.ledger;

import io.grassroots.assessment.ledger.arithmetic.DepartmentTally;
import io.grassroots.assessment.ledger.arithmetic.LedgerRow;
import java.math.BigDecimal;
import java.util.List;

/** The public red/black list of a year: who relieved units most, who still burdens them most, and how it is scored. */
public record Leaderboard(int year, String region, int departmentsRanked, String formula, List<Entry> red,
        List<Entry> black) {
    /** One department's place, with the components its scores come from. */
    public record Entry(int rank, String departmentId, String name, String regionCode, BigDecimal reliefScore,
            BigDecimal burdenScore, BigDecimal cutAchieved, BigDecimal shareRate, BigDecimal mergeShare,
            BigDecimal feedbackMean, BigDecimal unitHoursImposed, int targetsFiled, Integer quotaLimit,
            int submissionsRefused) {
        static Entry of(int rank, LedgerRow r) {
            DepartmentTally t = r.counts();
            return new Entry(rank, t.departmentId(), t.name(), t.regionCode(), r.reliefScore(), r.burdenScore(),
                    r.cutAchieved(), r.shareRate(), r.mergeShare(), r.feedbackMean(), r.unitHoursImposed(),
                    t.targetsFiled(), t.quotaLimit(), t.submissionsRefused());
        }
    }
}
