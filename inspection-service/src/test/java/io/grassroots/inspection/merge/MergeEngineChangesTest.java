package io.grassroots.inspection.merge;

import static io.grassroots.inspection.merge.MergeCases.CALENDAR;
import static io.grassroots.inspection.merge.MergeCases.DAYS;
import static io.grassroots.inspection.merge.MergeCases.freeze;
import static io.grassroots.inspection.merge.MergeCases.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine on a schedule that changes: plans added to open and confirmed visits, plans taken out, any order. */
class MergeEngineChangesTest {
    private final MergeEngine engine = new MergeEngine(MergeSettings.DEFAULTS, DAYS);

    @Test
    void addingAPlanMovesAnOpenVisitWhenThatPlacesMoreAndKeepsItOtherwise() {
        MergeEngine capOne = new MergeEngine(MergeSettings.DEFAULTS.withMonthlyCap(1), DAYS);
        Visit open = capOne.schedule(List.of(
                target("a", "450102001", "SAFETY", "fire", 2, "2026-04-01", "2026-05-29", 2)), List.of()).visits()
                .get(0);
        assertEquals(LocalDate.of(2026, 4, 1), open.date());

        MergeResult moved = capOne.add(List.of(open), List.of(
                target("e", "450102001", "ECOLOGY", "env", 2, "2026-04-01", "2026-04-30", 2)));
        assertTrue(moved.unplaced().isEmpty(), "the open SAFETY visit moves to May to let ECOLOGY have April");
        assertEquals(List.of(4, 5), moved.visits().stream().map(v -> v.date().getMonthValue()).toList());
        assertEquals("e", moved.visits().get(0).members().get(0).planId());

        MergeResult kept = capOne.add(List.of(freeze(open)), List.of(
                target("e", "450102001", "ECOLOGY", "env", 2, "2026-04-01", "2026-04-30", 2)));
        assertEquals(List.of(freeze(open)), kept.visits(), "a confirmed visit does not move");
        assertEquals(Unplaced.Reason.UNIT_MONTHLY_CAP, kept.unplaced().get(0).reason());
        assertEquals(LocalDate.of(2026, 3, 31), kept.unplaced().get(0).suggestion().date());
    }

    @Test
    void aLaterPlanJoinsAnOpenVisitAndAConfirmedVisitNeverMoves() {
        MergeResult first = engine.schedule(List.of(
                target("fire", "450102001", "SAFETY", "fire", 2, "2026-04-01", "2026-04-30", 2),
                target("env", "450102002", "ECOLOGY", "env", 2, "2026-04-01", "2026-04-30", 2)), List.of());
        Visit open = first.visits().get(0);
        Visit confirmed = freeze(first.visits().get(1));
        List<Visit> current = List.of(open, confirmed);

        MergeResult after = engine.add(current, List.of(
                target("food", "450102001", "SAFETY", "market", 2, "2026-03-20", "2026-04-10", 2),
                target("land", "450102002", "ECOLOGY", "land", 2, "2026-04-01", "2026-04-30", 2)));

        Visit joined = after.visits().stream().filter(v -> v.unitCode().equals("450102001")).findFirst().orElseThrow();
        assertEquals(2, joined.members().size(), "food joined the open fire visit");
        assertEquals(open.date(), joined.date());
        List<Visit> unit2 = after.visits().stream().filter(v -> v.unitCode().equals("450102002")).toList();
        assertEquals(2, unit2.size(), "the confirmed visit is not reopened");
        assertTrue(unit2.contains(confirmed));

        List<Visit> cancelled = engine.removePlan(after.visits(), "fire");
        assertEquals(1, cancelled.stream().filter(v -> v.unitCode().equals("450102001")).findFirst().orElseThrow()
                .members().size());
        List<Visit> empty = engine.removePlan(cancelled, "food");
        assertTrue(empty.stream().noneMatch(v -> v.unitCode().equals("450102001")), "an empty visit disappears");
        List<Visit> withoutLand = engine.removePlan(empty, "land");
        assertTrue(withoutLand.contains(confirmed), "the confirmed visit keeps its day");
    }

    @Test
    void aConfirmedVisitOnADayTakenAwayKeepsItsDayWhenAPlanLeaves() {
        MergeResult first = engine.schedule(List.of(
                target("fire", "450102001", "SAFETY", "fire", 2, "2026-04-13", "2026-04-13", 2),
                target("work", "450102001", "SAFETY", "work", 2, "2026-04-13", "2026-04-13", 2)), List.of());
        Visit confirmed = freeze(first.visits().get(0));
        // Later a blackout takes 13 April away: the confirmed visit is no longer on a visit day.
        VisitDays withBlackout = VisitDays.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                d -> CALENDAR.isVisitDay(d) && !d.equals(LocalDate.of(2026, 4, 13)));
        List<Visit> left = new MergeEngine(MergeSettings.DEFAULTS, withBlackout).removePlan(List.of(confirmed), "fire");
        assertEquals(1, left.size());
        assertEquals(List.of(LocalDate.of(2026, 4, 13)), left.get(0).days(), "notice was given for that day");
        assertEquals(List.of("work"), left.get(0).members().stream().map(PlanTarget::planId).toList());
        assertEquals(2, left.get(0).teamSize());
        assertTrue(left.get(0).frozen());
    }

    @Test
    void theSameInputInAnyOrderGivesTheSameSchedule() {
        Random random = new Random(3);
        MergeEngine capOne = new MergeEngine(MergeSettings.DEFAULTS.withMonthlyCap(1), DAYS);
        for (int round = 0; round < 50; round++) {
            List<PlanTarget> targets = RandomInstances.targets(random, 60, 5, 3, 5, 90, 2);
            MergeEngine e = round % 2 == 0 ? engine : capOne;
            MergeResult a = e.schedule(targets, List.of());
            List<PlanTarget> shuffled = new ArrayList<>(targets);
            Collections.shuffle(shuffled, random);
            MergeResult b = e.schedule(shuffled, List.of());
            assertEquals(a.visits(), b.visits());
            assertEquals(a.summary(), b.summary());
            assertEquals(a.itineraries(), b.itineraries());
            assertEquals(a.unplaced(), b.unplaced());
            assertEquals(a.notMerged(), b.notMerged());

            // Adding plans: the current visits and the new plan-targets in any order.
            List<Visit> current = new ArrayList<>(a.visits().subList(0, a.visits().size() / 2));
            current.replaceAll(v -> random.nextBoolean() ? freeze(v) : v);
            List<PlanTarget> fresh = RandomInstances.targets(random, 10, 5, 3, 5, 90, 2, 5, "n");
            MergeResult c = e.add(current, fresh);
            Collections.shuffle(current, random);
            Collections.shuffle(fresh, random);
            MergeResult d = e.add(current, fresh);
            assertEquals(c.visits(), d.visits());
            assertEquals(c.unplaced(), d.unplaced());
            assertEquals(c.summary(), d.summary());
        }
    }
}
