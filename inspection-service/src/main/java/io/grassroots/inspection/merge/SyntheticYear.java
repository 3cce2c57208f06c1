package io.grassroots.inspection.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A made-up year of approved plan-targets, shaped like a province's (counties of twenty townships, the
 * county's, city's and province's line departments, campaigns of two to seven weeks, teams of one to
 * five), on unit codes no registry has: for running the engine where no real plan may be read.
 */
public final class SyntheticYear {
    /** What a run over a year scheduled: its plan-targets, those placed, and the visits they make. */
    public record Figures(int planTargets, int placed, int visits) {
    }

    private static final String[] GROUPS = { "SAFETY", "SAFETY", "ECOLOGY", "RURAL", "SOCIAL", "ECONOMY",
            "GOVERNANCE" };
    private static final int[][] CAMPAIGNS = { { 3, 1, 60 }, { 5, 10, 50 }, { 9, 1, 80 } };
    private static final int TOWNSHIPS = 20;

    private SyntheticYear() {
    }

    /**
     * About the wanted number of plan-targets of the year (never fewer), by county code, each county's
     * in the order its departments filed them. The same arguments give the same year.
     */
    public static Map<String, List<PlanTarget>> byCounty(int wanted, int year, long seed) {
        Random random = new Random(seed);
        Map<String, List<PlanTarget>> counties = new TreeMap<>();
        int total = 0;
        int plan = 0;
        for (int c = 0; total < wanted; c++) {
            String county = String.format("99%04d", c % 10_000);
            String city = county.substring(0, 4);
            List<PlanTarget> targets = counties.computeIfAbsent(county, k -> new ArrayList<>());
            String[] regions = { "99", city, county };
            for (int level = 0; level < 3; level++) {
                for (int line = 0; line < GROUPS.length * 2; line++) {
                    // Higher levels reach a county less often: the province a few lines, the county all.
                    if (random.nextDouble() > new double[] { 0.3, 0.5, 1.0 }[level]) {
                        continue;
                    }
                    String department = regions[level] + "-line" + line;
                    int plans = random.nextInt(4) == 0 ? 2 : 1;
                    for (int p = 0; p < plans; p++) {
                        total += addPlan(targets, random, "warm-up-" + (++plan), county, department, level,
                                GROUPS[line % GROUPS.length], year);
                    }
                }
            }
        }
        return counties;
    }

    /**
     * Runs the engine over a year as the service does: the counties on every core as a scheduling run
     * takes them; then, in each, a tenth of its plans left out of the run and placed into its schedule
     * afterwards (as approvals are), and one plan cancelled.
     */
    public static Figures exercise(Map<String, List<PlanTarget>> byCounty, MergeSettings settings, VisitDays days) {
        List<Figures> counties = byCounty.values().parallelStream().map(targets -> {
            MergeEngine engine = new MergeEngine(settings, days);
            List<PlanTarget> run = new ArrayList<>();
            List<PlanTarget> later = new ArrayList<>();
            targets.forEach(t -> (Math.floorMod(t.planId().hashCode(), 10) == 0 ? later : run).add(t));
            MergeResult scheduled = engine.schedule(run, List.of());
            MergeResult placed = engine.add(scheduled.visits(), later);
            engine.itineraries(engine.removePlan(placed.visits(), targets.get(0).planId()));
            return new Figures(targets.size(), placed.summary().planTargets() - placed.unplaced().size(),
                    placed.visits().size());
        }).toList();
        return new Figures(counties.stream().mapToInt(Figures::planTargets).sum(),
                counties.stream().mapToInt(Figures::placed).sum(), counties.stream().mapToInt(Figures::visits).sum());
    }

    private static int addPlan(List<PlanTarget> targets, Random random, String planId, String county,
            String department, int level, String group, int year) {
        int[] campaign = CAMPAIGNS[random.nextInt(CAMPAIGNS.length)];
        LocalDate start = LocalDate.of(year, campaign[0], campaign[1]).plusDays(random.nextInt(campaign[2] - 14));
        LocalDate end = start.plusDays(13 + random.nextInt(36));
        int onSite = random.nextInt(10) == 0 ? 2 : 1;
        int team = 1 + random.nextInt(5);
        double share = level == 2 ? 0.7 + 0.3 * random.nextDouble() : 0.3 + 0.7 * random.nextDouble();
        int added = 0;
        for (int t = 0; t < TOWNSHIPS; t++) {
            if (random.nextDouble() < share) {
                targets.add(new PlanTarget(planId, String.format("%s%03d", county, t), county, group, department,
                        level, start, end, onSite, team, List.of(group + "_FIGURES")));
                added++;
            }
        }
        return added;
    }
}
