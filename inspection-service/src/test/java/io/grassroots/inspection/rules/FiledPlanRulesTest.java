package io.grassroots.inspection.rules;

import static io.grassroots.inspection.rules.RuleCases.CALENDAR;
import static io.grassroots.inspection.rules.RuleCases.SUBMITTED;
import static io.grassroots.inspection.rules.RuleCases.context;
import static io.grassroots.inspection.rules.RuleCases.findings;
import static io.grassroots.inspection.rules.RuleCases.plan;
import static io.grassroots.inspection.rules.RuleCases.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules that weigh a plan against those already filed: one comprehensive plan a year, the quota, duplicates. */
class FiledPlanRulesTest {
    @Nested
    class OneComprehensivePerYear {
        private final ExistingPlan firstComprehensive = new ExistingPlan("p-1", "年度综合督查", true, "PARTY_BUILDING",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), Set.of("450102003"));

        @Test
        void theFirstComprehensivePlanPasses() {
            PlanFacts p = with(plan(), Map.of("comprehensive", true, "mandate", "文件"));
            assertEquals(List.of(), findings(p, context(List.of()), RuleId.ONE_COMPREHENSIVE_PER_YEAR));
        }

        @Test
        void theSecondNeedsReviewAndNamesTheFirst() {
            PlanFacts p = with(plan(), Map.of("comprehensive", true, "mandate", "文件"));
            Finding f = findings(p, context(List.of(firstComprehensive)), RuleId.ONE_COMPREHENSIVE_PER_YEAR).get(0);
            assertEquals(Severity.REVIEW, f.severity());
            assertTrue(f.message().contains("number 2 in 2026 after '年度综合督查'"), f.message());
        }

        @Test
        void specialPlansAreNotCounted() {
            assertEquals(List.of(), findings(plan(), context(List.of(firstComprehensive)),
                    RuleId.ONE_COMPREHENSIVE_PER_YEAR));
        }
    }

    @Nested
    class AnnualQuota {
        private ExistingPlan filed(int targets) {
            Set<String> units = IntStream.range(0, targets).mapToObj(i -> String.format("450102%03d", 100 + i))
                    .collect(Collectors.toSet());
            return new ExistingPlan("p-old", "earlier", false, "FIRE", LocalDate.of(2026, 5, 1),
                    LocalDate.of(2026, 5, 30), units);
        }

        private RuleContext withQuota(int baseline, List<ExistingPlan> others) {
            return new RuleContext(RuleParameters.DEFAULTS, Optional.of(new Quota(baseline, 0.5)), CALENDAR,
                    SUBMITTED, others);
        }

        @Test
        void reachingTheQuotaExactlyPasses() {
            // baseline 20 cut 50% → quota 10; 8 filed + 2 new = 10.
            assertEquals(List.of(), findings(plan(), withQuota(20, List.of(filed(8))), RuleId.ANNUAL_QUOTA));
        }

        @Test
        void goingOverNeedsReviewWithTheNumbers() {
            Finding f = findings(plan(), withQuota(20, List.of(filed(9))), RuleId.ANNUAL_QUOTA).get(0);
            assertEquals(Severity.REVIEW, f.severity());
            assertEquals("quota 10 plan-targets (baseline 20 cut by 50%), this plan brings 2026 to 11 "
                    + "(9 already filed + 2)", f.message());
        }

        @Test
        void noBaselineMeansNoQuotaCheck() {
            assertEquals(List.of(), findings(plan(), context(List.of(filed(500))), RuleId.ANNUAL_QUOTA));
        }

        @Test
        void quotaRoundsDown() {
            assertEquals(10, new Quota(21, 0.5).limit());
            assertEquals(168, new Quota(240, 0.3).limit());
        }
    }

    @Nested
    class DuplicatePlan {
        private ExistingPlan other(String category, LocalDate start, LocalDate end, Set<String> units) {
            return new ExistingPlan("p-9", "消防检查", false, category, start, end, units);
        }

        @Test
        void sameCategoryOverlappingWindowAndUnitsNeedsReview() {
            ExistingPlan o = other("WORK_SAFETY", LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 15),
                    Set.of("450102002", "450102009"));
            Finding f = findings(plan(), context(List.of(o)), RuleId.DUPLICATE_PLAN).get(0);
            assertEquals(Severity.REVIEW, f.severity());
            assertTrue(f.message().contains("already covers 1 of these 2 units"), f.message());
        }

        /** Issue #14: 950 same-category plans on one unit made the finding, and its events, 56 KB. */
        @Test
        void aFindingOverManyPlansNamesAFewAndCountsTheRest() {
            List<ExistingPlan> others = new java.util.ArrayList<>();
            for (int i = 0; i < 950; i++) {
                others.add(new ExistingPlan("p-" + i, "消防检查" + i, false, "WORK_SAFETY", LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 4, 30), Set.of("450102001")));
            }
            Finding f = findings(plan(), context(others), RuleId.DUPLICATE_PLAN).get(0);
            assertTrue(f.message().contains("950 overlapping plan(s)"), f.message());
            assertTrue(f.message().contains("(p-4)") && !f.message().contains("(p-5)"), f.message());
            assertTrue(f.message().endsWith("and 945 more"), f.message());
            assertTrue(f.message().length() < 1_000, f.message().length() + " characters");
        }

        @Test
        void touchingButNotOverlappingWindowsPass() {
            ExistingPlan o = other("WORK_SAFETY", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 15),
                    Set.of("450102001"));
            assertEquals(List.of(), findings(plan(), context(List.of(o)), RuleId.DUPLICATE_PLAN));
        }

        @Test
        void otherCategoryOrOtherUnitsPass() {
            ExistingPlan otherCategory = other("FIRE", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
                    Set.of("450102001"));
            ExistingPlan otherUnits = other("WORK_SAFETY", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
                    Set.of("450102077"));
            assertEquals(List.of(), findings(plan(), context(List.of(otherCategory, otherUnits)),
                    RuleId.DUPLICATE_PLAN));
        }
    }
}
