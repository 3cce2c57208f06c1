package io.grassroots.inspection.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * On thousands of random instances, judged by the {@link Referee} alone: every rule holds (the
 * monthly cap in every unit-month, frozen visits included), every plan-target is placed once or its
 * refusal is justified, and every suggestion is a real place and the nearest one. Likewise after
 * adding plans to a schedule and after taking a plan out.
 */
class MergeConstraintsTest {

    private record Setup(MergeSettings settings, Predicate<LocalDate> visitDay, VisitDays days,
            List<PlanTarget> targets) {
    }

    private static Setup setup(Random random) {
        MergeSettings settings = new MergeSettings(5 + random.nextInt(8), 1 + random.nextInt(5),
                1 + random.nextInt(3), Map.of(), 5);
        if (random.nextBoolean()) {
            settings = settings.withCompatible("G0", "G1");
        }
        Predicate<LocalDate> visitDay = RandomInstances.visitDay(random, random.nextBoolean());
        VisitDays days = VisitDays.between(RandomInstances.YEAR_START, RandomInstances.YEAR_END, visitDay);
        // Teams up to 12 against caps from 5: some plan-targets exceed the cap alone.
        List<PlanTarget> targets = RandomInstances.targets(random, 1 + random.nextInt(40), 1 + random.nextInt(4),
                1 + random.nextInt(3), 1 + random.nextInt(6), 60, 3, random.nextInt(4) == 0 ? 12 : 5, "p");
        return new Setup(settings, visitDay, days, targets);
    }

    static Visit freeze(Visit v) {
        return new Visit(v.unitCode(), v.countyCode(), v.family(), v.days(), v.members(), v.leadDepartment(),
                v.team(), v.materials(), true);
    }

    @Test
    void everyRuleHoldsEveryRefusalIsJustifiedAndEverySuggestionIsReal() {
        Random random = new Random(45);
        int checkedVisits = 0;
        int refused = 0;
        int suggested = 0;
        for (int round = 0; round < 2000; round++) {
            Setup x = setup(random);
            // Schedule a first part, freeze some of its visits, then schedule everything else around them.
            int split = random.nextInt(x.targets().size() + 1);
            MergeEngine engine = new MergeEngine(x.settings(), x.days());
            MergeResult first = engine.schedule(x.targets().subList(0, split), List.of());
            List<Visit> frozen = first.visits().stream().filter(v -> random.nextInt(3) == 0)
                    .map(MergeConstraintsTest::freeze).toList();
            Set<String> frozenKeys = frozen.stream().flatMap(v -> v.members().stream()).map(PlanTarget::key)
                    .collect(Collectors.toSet());
            List<PlanTarget> rest = x.targets().stream().filter(t -> !frozenKeys.contains(t.key())).toList();
            MergeResult result = engine.schedule(rest, frozen);

            new Referee(x.visitDay(), x.settings()).check(x.targets(), frozen, result, "round " + round);
            checkedVisits += result.visits().size();
            refused += result.unplaced().size();
            suggested += (int) result.unplaced().stream().filter(u -> u.suggestion() != null).count();
        }
        assertTrue(checkedVisits > 10_000, "checked " + checkedVisits + " visits");
        assertTrue(refused > 1_000 && suggested > 500, refused + " refusals, " + suggested + " suggestions checked");
    }

    @Test
    void addingPlansKeepsEveryRuleKeepsWhatWasPlacedAndTouchesOnlyItsUnits() {
        Random random = new Random(46);
        int added = 0;
        int moved = 0;
        for (int round = 0; round < 1000; round++) {
            Setup x = setup(random);
            MergeEngine engine = new MergeEngine(x.settings(), x.days());
            List<Visit> current = new ArrayList<>();
            for (Visit v : engine.schedule(x.targets(), List.of()).visits()) {
                current.add(random.nextInt(3) == 0 ? freeze(v) : v);
            }
            List<Visit> frozen = current.stream().filter(Visit::frozen).toList();
            List<PlanTarget> fresh = RandomInstances.targets(random, 1 + random.nextInt(6), 1 + random.nextInt(4),
                    1 + random.nextInt(3), 1 + random.nextInt(6), 60, 3, 5, "n");
            MergeResult result = engine.add(current, fresh);

            String where = "round " + round;
            List<PlanTarget> all = new ArrayList<>(fresh);
            current.forEach(v -> all.addAll(v.members()));
            new Referee(x.visitDay(), x.settings()).check(all, frozen, result, where);
            Set<String> placed = result.visits().stream().flatMap(v -> v.members().stream()).map(PlanTarget::key)
                    .collect(Collectors.toSet());
            current.forEach(v -> v.members().forEach(t -> assertTrue(placed.contains(t.key()),
                    where + ": " + t.key() + " stays placed")));
            Set<String> units = fresh.stream().map(PlanTarget::unitCode).collect(Collectors.toSet());
            for (Visit v : current) {
                if (!units.contains(v.unitCode())) {
                    assertTrue(result.visits().contains(v), where + ": a unit without new plans keeps its visits");
                }
            }
            added += fresh.size() - result.unplaced().size();
            moved += (int) current.stream().filter(v -> !v.frozen() && !result.visits().contains(v)).count();
        }
        assertTrue(added > 1_000, added + " plan-targets added");
        assertTrue(moved > 50, moved + " open visits joined or moved");
    }

    @Test
    void takingAPlanOutLeavesEveryOtherVisitOnItsDay() {
        Random random = new Random(47);
        for (int round = 0; round < 500; round++) {
            Setup x = setup(random);
            MergeEngine engine = new MergeEngine(x.settings(), x.days());
            List<Visit> current = engine.schedule(x.targets(), List.of()).visits();
            if (current.isEmpty()) {
                continue;
            }
            String plan = current.get(random.nextInt(current.size())).members().get(0).planId();
            List<Visit> after = engine.removePlan(current, plan);
            String where = "round " + round;
            for (Visit v : after) {
                assertFalse(v.members().stream().anyMatch(t -> t.planId().equals(plan)), where + ": the plan is gone");
                assertTrue(current.stream().anyMatch(o -> o.key().equals(v.key()) && o.family().equals(v.family())),
                        where + ": a visit keeps its day");
            }
            assertEquals(current.stream().filter(v -> v.members().stream().anyMatch(t -> !t.planId().equals(plan)))
                    .count(), after.size(), where + ": only emptied visits disappear");
            List<PlanTarget> left = after.stream().flatMap(v -> v.members().stream()).toList();
            MergeResult asResult = new MergeResult(after, engine.itineraries(after), List.of(), List.of(),
                    new MergeResult.Summary(left.size(), after.size(), 0, 1.0, left.size(), 0, 0, left.size()));
            new Referee(x.visitDay(), x.settings()).check(left, List.of(), asResult, where);
        }
    }
}
