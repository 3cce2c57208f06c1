package io.grassroots.inspection.merge.bench;

import io.grassroots.inspection.merge.PlanTarget;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * A realistic year of approved plans over China's real registry: county by county (in a random
 * order), the county's line departments, its city's and its province's each file a few plans of
 * their own category, with varied windows and team sizes, on all or some townships or villages of
 * the county — until the wanted number of plan-targets is reached.
 */
final class NationalWorkload {
    /** A line department: its slug, its category group, and whether it also inspects villages. */
    private record Line(String slug, String group, boolean villages) {
    }

    private static final List<Line> LINES = List.of(
            new Line("emergency", "SAFETY", false), new Line("fire", "SAFETY", false),
            new Line("market", "SAFETY", false), new Line("environment", "ECOLOGY", false),
            new Line("natural-resources", "ECOLOGY", true), new Line("agriculture", "RURAL", true),
            new Line("rural-revitalization", "RURAL", true), new Line("education", "SOCIAL", false),
            new Line("health", "SOCIAL", true), new Line("civil-affairs", "SOCIAL", true),
            new Line("finance", "ECONOMY", false), new Line("audit", "ECONOMY", false),
            new Line("statistics", "ECONOMY", true), new Line("organization", "GOVERNANCE", true),
            new Line("political-legal", "GOVERNANCE", false));

    private static final List<LocalDate> CAMPAIGNS = List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 6),
            LocalDate.of(2026, 9, 1));

    private final Map<String, List<String>> townshipsByCounty = new LinkedHashMap<>();
    private final Map<String, List<String>> villagesByCounty = new LinkedHashMap<>();

    NationalWorkload(Path registry) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(registry.resolve("streets.csv"), StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String code = line.substring(0, line.indexOf(','));
                townshipsByCounty.computeIfAbsent(code.substring(0, 6), c -> new ArrayList<>()).add(code.intern());
            }
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(registry.resolve("villages.csv.gz"))), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String code = line.substring(0, line.indexOf(','));
                villagesByCounty.computeIfAbsent(code.substring(0, 6), c -> new ArrayList<>()).add(code);
            }
        }
    }

    int townships() {
        return townshipsByCounty.values().stream().mapToInt(List::size).sum();
    }

    int villages() {
        return villagesByCounty.values().stream().mapToInt(List::size).sum();
    }

    List<PlanTarget> generate(int wanted, long seed) {
        Random random = new Random(seed);
        List<String> counties = new ArrayList<>(townshipsByCounty.keySet());
        Collections.shuffle(counties, random);
        List<PlanTarget> targets = new ArrayList<>(wanted);
        int plan = 0;
        for (int c = 0; targets.size() < wanted; c = (c + 1) % counties.size()) {
            String county = counties.get(c);
            String[] regions = { county.substring(0, 2), county.substring(0, 4), county };
            for (int level = 0; level < 3 && targets.size() < wanted; level++) {
                for (Line line : LINES) {
                    // Higher levels reach a county less often: the province a few lines, the county all.
                    if (random.nextDouble() > new double[] { 0.3, 0.5, 1.0 }[level]) {
                        continue;
                    }
                    int plans = level == 2 ? 2 + random.nextInt(3) : 1 + random.nextInt(2);
                    for (int p = 0; p < plans && targets.size() < wanted; p++) {
                        plan++;
                        addPlan(targets, wanted, random, "P" + plan, regions[level] + "-" + line.slug(), level, line,
                                county);
                    }
                }
            }
        }
        return targets;
    }

    private void addPlan(List<PlanTarget> targets, int wanted, Random random, String planId, String department,
            int level, Line line, String county) {
        boolean villages = line.villages() && random.nextInt(5) == 0 && villagesByCounty.containsKey(county);
        List<String> units = villages ? villagesByCounty.get(county) : townshipsByCounty.get(county);
        double share = level == 2 ? 0.3 + 0.7 * random.nextDouble() : 0.1 + 0.4 * random.nextDouble();
        if (villages) {
            // Village inspections are samples: a county has about fifteen villages for each township.
            share /= 8;
        }
        // Inspections come in campaigns: spring, before the flood season, autumn, and the year's end.
        LocalDate campaign = CAMPAIGNS.get(random.nextInt(CAMPAIGNS.size()));
        LocalDate start = campaign.plusDays(random.nextInt(21));
        LocalDate end = start.plusDays(14 + random.nextInt(35));
        if (end.getYear() > 2026) {
            end = LocalDate.of(2026, 12, 31);
        }
        int onSite = random.nextInt(10) == 0 ? 2 : 1;
        int team = 1 + random.nextInt(5);
        List<String> materials = List.of(line.slug().toUpperCase().replace('-', '_') + "_FIGURES");
        for (String unit : units) {
            if (targets.size() >= wanted) {
                return;
            }
            if (random.nextDouble() < share) {
                targets.add(new PlanTarget(planId, unit, county, line.group(), department, level, start, end, onSite,
                        team, materials));
            }
        }
    }
}
