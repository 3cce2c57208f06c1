package io.grassroots.inspection.merge;

import static io.grassroots.inspection.merge.MergeCases.DAYS;
import static io.grassroots.inspection.merge.MergeCases.freeze;
import static io.grassroots.inspection.merge.MergeCases.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's behaviour on hand-made cases: merging, routes and explanations (changes: MergeEngineChangesTest). */
class MergeEngineTest {
    private final MergeEngine engine = new MergeEngine(MergeSettings.DEFAULTS, DAYS);

    @Test
    void fiveDepartmentsInspectingOneTownshipBecomeOneJointVisit() {
        List<PlanTarget> targets = List.of(
                target("fire", "450102001", "SAFETY", "450102-fire", 2, "2026-04-01", "2026-04-30", 2, "FIRE_CHECKS"),
                target("work", "450102001", "SAFETY", "450102-emergency", 2, "2026-04-10", "2026-05-20", 2,
                        "SAFETY_INCIDENTS", "FIRE_CHECKS"),
                target("food", "450102001", "SAFETY", "4501-market", 1, "2026-04-15", "2026-04-24", 3, "FOOD_SAMPLES"),
                target("prov", "450102001", "SAFETY", "45-emergency", 0, "2026-03-01", "2026-06-30", 2),
                target("env", "450102001", "ECOLOGY", "450102-environment", 2, "2026-04-01", "2026-04-30", 2));
        MergeResult result = engine.schedule(targets, List.of());

        assertEquals(2, result.visits().size(), "SAFETY shares one visit, ECOLOGY is another group");
        Visit safety = result.visits().stream().filter(v -> v.family().equals("SAFETY")).findFirst().orElseThrow();
        assertEquals(4, safety.members().size());
        assertEquals("45-emergency", safety.leadDepartment(), "the province department leads");
        assertEquals(9, safety.teamSize());
        assertEquals(List.of("FIRE_CHECKS", "FOOD_SAMPLES", "SAFETY_INCIDENTS"), safety.materials());
        assertEquals(LocalDate.of(2026, 4, 15), safety.date(), "the earliest day all four windows share");
        assertEquals(5, result.summary().noMergeVisits());
        assertEquals(2, result.summary().lowerBound());
    }

    @Test
    void multiDayWorkTakesConsecutiveWorkingDaysAcrossAWeekend() {
        PlanTarget audit = new PlanTarget("audit", "450102001", "450102", "ECONOMY", "450102-audit", 2,
                LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 30), 3, 3, List.of());
        Visit v = engine.schedule(List.of(audit), List.of()).visits().get(0);
        // 2026-04-10 is a Friday: Friday, Monday, Tuesday.
        assertEquals(List.of(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 14)),
                v.days());
    }

    @Test
    void plansThatCouldNotMergeSayWhy() {
        List<PlanTarget> targets = List.of(
                target("early", "450102001", "SAFETY", "a", 2, "2026-04-01", "2026-04-03", 2),
                target("late", "450102001", "SAFETY", "b", 2, "2026-05-04", "2026-05-08", 2),
                target("big1", "450102002", "SAFETY", "c", 2, "2026-04-01", "2026-04-03", 5),
                target("big2", "450102002", "SAFETY", "d", 2, "2026-04-01", "2026-04-03", 5),
                target("big3", "450102002", "SAFETY", "e", 2, "2026-04-01", "2026-04-03", 5),
                target("alone", "450102003", "RURAL", "f", 2, "2026-04-01", "2026-04-30", 2));
        MergeResult result = engine.schedule(targets, List.of());
        assertEquals(NotMerged.Reason.WINDOWS_DISJOINT, reasonOf(result, "early"));
        assertEquals(NotMerged.Reason.WINDOWS_DISJOINT, reasonOf(result, "late"));
        assertEquals(NotMerged.Reason.CAPACITY, reasonOf(result, "big3"));
        assertEquals(NotMerged.Reason.ONLY_PLAN, reasonOf(result, "alone"));
    }

    private static NotMerged.Reason reasonOf(MergeResult result, String plan) {
        return result.notMerged().stream().filter(n -> n.target().planId().equals(plan)).findFirst()
                .map(NotMerged::reason).orElse(null);
    }

    @Test
    void windowsWithoutVisitDaysAndTheMonthlyCapAreReported() {
        MergeEngine capOne = new MergeEngine(MergeSettings.DEFAULTS.withMonthlyCap(1), DAYS);
        List<PlanTarget> targets = List.of(
                target("holiday", "450102001", "SAFETY", "a", 2, "2026-10-01", "2026-10-07", 2),
                target("s", "450102002", "SAFETY", "a", 2, "2026-04-01", "2026-04-30", 2),
                target("e", "450102002", "ECOLOGY", "b", 2, "2026-04-01", "2026-04-30", 2),
                target("r", "450102002", "RURAL", "c", 2, "2026-04-20", "2026-05-29", 2));
        MergeResult result = capOne.schedule(targets, List.of());
        assertEquals(Unplaced.Reason.CALENDAR, result.unplaced().get(0).reason());
        assertEquals(LocalDate.of(2026, 9, 30), result.unplaced().get(0).suggestion().date(),
                "the working day nearest to the National Day holidays");
        assertEquals(1, result.unplaced().stream().filter(u -> u.reason() == Unplaced.Reason.UNIT_MONTHLY_CAP).count(),
                "three groups in April with one visit a month: RURAL moves to May, one April group is refused");
        assertEquals(1, result.summary().busiestUnitMonth());
    }

    @Test
    void aGroupThatFindsNoMonthNoLongerTakesItsMembersDownWithIt() {
        MergeEngine capOne = new MergeEngine(MergeSettings.DEFAULTS.withMonthlyCap(1), DAYS);
        List<PlanTarget> targets = List.of(
                target("a", "450102001", "SAFETY", "fire", 2, "2026-04-01", "2026-05-29", 2),
                target("b", "450102001", "SAFETY", "market", 2, "2026-04-01", "2026-04-30", 2),
                target("e", "450102001", "ECOLOGY", "env", 2, "2026-04-01", "2026-04-30", 2),
                target("r", "450102001", "RURAL", "farm", 2, "2026-05-01", "2026-05-29", 2));
        MergeResult result = capOne.schedule(targets, List.of());
        // The old engine gave April to ECOLOGY (it sorts first) and refused both SAFETY plans.
        assertEquals(List.of("e"), result.unplaced().stream().map(u -> u.target().planId()).toList());
        assertEquals(3, result.summary().placeableUpperBound(), "one visit in April and one in May place at most 3");
        Visit april = result.visits().get(0);
        assertEquals(List.of("a", "b"), april.members().stream().map(PlanTarget::planId).sorted().toList());
        assertEquals(LocalDate.of(2026, 4, 1), april.date());

        Unplaced.Suggestion s = result.unplaced().get(0).suggestion();
        assertEquals(LocalDate.of(2026, 3, 31), s.date(), "March has room, a day before the window");
        assertEquals(null, s.joins());
        assertEquals("would fit on 2026-03-31 as a new visit (March 2026 has 0 of 1 visit(s) to 450102001) if its "
                + "window reached 2026-03-31..2026-04-30", s.text());
    }

    @Test
    void aRefusedPlanIsToldWhichVisitItWouldJoinIfItsWindowWereWider() {
        MergeEngine capOne = new MergeEngine(MergeSettings.DEFAULTS.withMonthlyCap(1), DAYS);
        PlanTarget confirmed = target("done", "450102001", "ECOLOGY", "env", 2, "2026-04-15", "2026-04-15", 2);
        Visit april = freeze(capOne.schedule(List.of(confirmed), List.of()).visits().get(0));
        List<PlanTarget> targets = List.of(
                target("s1", "450102001", "SAFETY", "fire", 2, "2026-05-06", "2026-05-29", 2),
                target("s2", "450102001", "SAFETY", "market", 2, "2026-05-06", "2026-05-29", 3),
                target("x", "450102001", "SAFETY", "emergency", 2, "2026-04-10", "2026-05-05", 2));
        MergeResult result = capOne.schedule(targets, List.of(april));

        Unplaced refused = result.unplaced().get(0);
        assertEquals("x", refused.target().planId(), "April is confirmed full; May 1-5 are holidays");
        assertEquals(Unplaced.Reason.UNIT_MONTHLY_CAP, refused.reason());
        Unplaced.Suggestion s = refused.suggestion();
        assertEquals(LocalDate.of(2026, 5, 6), s.date(), "one day after its window, nearer than March 31");
        assertEquals("450102001@2026-05-06", s.joins());
        assertEquals(List.of("s1", "s2"), s.joinsPlans());
        assertEquals("would fit on 2026-05-06 joining the SAFETY visit 450102001@2026-05-06 (plans s1, s2) if its "
                + "window reached 2026-04-10..2026-05-06", s.text());
    }

    @Test
    void aTeamOverTheCapHasNoPlaceAnywhere() {
        MergeResult result = engine.schedule(List.of(
                target("big", "450102001", "SAFETY", "fire", 2, "2026-04-01", "2026-04-30", 11)), List.of());
        Unplaced u = result.unplaced().get(0);
        assertEquals(Unplaced.Reason.CAPACITY, u.reason());
        assertEquals(null, u.suggestion());
        assertEquals(0, result.summary().placeableUpperBound());
    }

    @Test
    void theBusiestMonthIsKeptLowWhenWindowsAllowIt() {
        List<PlanTarget> targets = List.of(
                target("s", "450102002", "SAFETY", "a", 2, "2026-04-01", "2026-05-29", 2),
                target("e", "450102002", "ECOLOGY", "b", 2, "2026-04-01", "2026-04-30", 2));
        MergeResult result = engine.schedule(targets, List.of());
        assertEquals(1, result.summary().busiestUnitMonth(), "with a cap of 2 the engine still spreads to 1");
    }

    @Test
    void visitsOfOneLeadInOneCountyWithinDaysFormOneRoute() {
        List<PlanTarget> targets = new ArrayList<>();
        for (String unit : List.of("450102001", "450102002", "450102003")) {
            targets.add(target("p-" + unit, unit, "SAFETY", "4501-emergency", 1, "2026-04-06", "2026-04-08", 2));
        }
        targets.add(target("far", "450102101", "SAFETY", "4501-emergency", 1, "2026-06-01", "2026-06-05", 2));
        List<Itinerary> routes = engine.schedule(targets, List.of()).itineraries();
        assertEquals(2, routes.size());
        assertEquals(3, routes.get(0).visits().size());
        assertNotEquals(routes.get(0).visits().get(0).unitCode(), routes.get(0).visits().get(1).unitCode());
    }
}
