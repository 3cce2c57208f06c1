package io.grassroots.inspection.outbox;

import io.grassroots.events.plan.PlanApprovedV1;
import io.grassroots.events.plan.PlanSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A plan's approval over as many target units as wanted, as a country-wide plan makes it. The test
 * directory holds far fewer units than a province, so tests make the event instead of filing the plan.
 * The codes are random, so that compression cannot shrink the record under the broker's default 1 MB.
 */
final class BigPlanEvents {
    private BigPlanEvents() {
    }

    static PlanApprovedV1 approved(String planId, int units) {
        Random random = new Random(units);
        List<String> codes = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            codes.add(String.format("%012d", Math.floorMod(random.nextLong(), 1_000_000_000_000L)));
        }
        PlanSnapshot plan = new PlanSnapshot(planId, "45-emergency", "45", 2027, "2027年全国安全生产大检查",
                "INSPECTION", "SPECIAL", "WORK_SAFETY", "SAFETY", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31),
                1, 3, codes, List.of("SAFETY_INCIDENTS"), "国安委〔2027〕1号", null);
        return new PlanApprovedV1(plan, List.of(), List.of(), "按年度计划执行", "coordinator-45",
                Instant.parse("2026-03-02T01:00:00Z"));
    }
}
