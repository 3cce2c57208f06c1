package io.grassroots.inspection.plan.bench;

import io.grassroots.infra.ShippedRegistry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A generated year of Guangxi's plans over its real townships: each county's line departments file
 * one or two plans over 70–100% of the county's townships, each city's over 30–100% of the city's,
 * in three campaigns (spring, early summer, autumn), windows of 2–7 weeks, teams of 1–5.
 */
record ProvinceYear(List<Plan> plans, int targets) {
    private static final String[][] LINES = { { "emergency", "WORK_SAFETY" }, { "fire", "FIRE" },
            { "market", "FOOD_DRUG" }, { "environment", "ENVIRONMENT" }, { "natural-resources", "NATURAL_RESOURCES" },
            { "agriculture", "AGRICULTURE" }, { "rural-revitalization", "RURAL_REVITALIZATION" },
            { "education", "EDUCATION" }, { "health", "HEALTH" }, { "civil-affairs", "CIVIL_AFFAIRS" },
            { "finance", "FINANCE" }, { "audit", "AUDIT" }, { "statistics", "STATISTICS" },
            { "organization", "PARTY_BUILDING" }, { "political-legal", "PUBLIC_SECURITY" } };
    private static final int[][] CAMPAIGNS = { { 3, 1, 60 }, { 5, 10, 50 }, { 9, 1, 80 } };

    /**
     * How many plans a department files per line: anyPlan is the chance it files at all, twoPlans that it
     * files a second. TODAY is the year of the 2026-11-30 figures (2,020 plans, 26,344 plan-targets in the
     * scheduling run); YEAR_40K has about 40,000 in the run, the size issue #19 names.
     */
    enum Size {
        TODAY(0.8, 0.4), YEAR_40K(0.9, 0.75);

        final double anyPlan;
        final double twoPlans;

        Size(double anyPlan, double twoPlans) {
            this.anyPlan = anyPlan;
            this.twoPlans = twoPlans;
        }

        /** BENCH_PROVINCE_SIZE=TODAY for the earlier, smaller year; YEAR_40K otherwise. */
        static Size fromEnvironment() {
            String size = System.getenv("BENCH_PROVINCE_SIZE");
            return size == null || size.isBlank() ? YEAR_40K : valueOf(size.trim());
        }
    }

    /** One plan as its department files it. */
    record Plan(String department, String region, String json) {
    }

    static ProvinceYear generate(Path root, Random random, int year, Size size) throws Exception {
        Map<String, List<String>> byCounty = new TreeMap<>();
        for (ShippedRegistry.Unit unit : ShippedRegistry.units(root)) {
            if (unit.level().equals("TOWNSHIP")) {
                byCounty.computeIfAbsent(unit.parent(), c -> new ArrayList<>()).add(unit.code());
            }
        }
        Map<String, List<String>> byCity = new TreeMap<>();
        byCounty.forEach((county, townships) -> byCity.computeIfAbsent(county.substring(0, 4), c -> new ArrayList<>())
                .addAll(townships));
        List<Plan> plans = new ArrayList<>();
        int targets = 0;
        for (Map.Entry<String, List<String>> region : byCounty.entrySet()) {
            targets += file(plans, region.getKey(), region.getValue(), 0.7, random, year, size);
        }
        for (Map.Entry<String, List<String>> region : byCity.entrySet()) {
            targets += file(plans, region.getKey(), region.getValue(), 0.3, random, year, size);
        }
        Collections.shuffle(plans, random);
        return new ProvinceYear(plans, targets);
    }

    private static int file(List<Plan> plans, String region, List<String> townships, double share, Random random,
            int year, Size size) {
        int targets = 0;
        for (String[] line : LINES) {
            int count = random.nextDouble() < size.anyPlan ? (random.nextDouble() < size.twoPlans ? 2 : 1) : 0;
            for (int n = 0; n < count; n++) {
                List<String> picked = new ArrayList<>(townships);
                Collections.shuffle(picked, random);
                picked = picked.subList(0, Math.max(1, (int) Math.ceil(townships.size()
                        * (share + random.nextDouble() * (1 - share)))));
                int[] campaign = CAMPAIGNS[random.nextInt(CAMPAIGNS.length)];
                LocalDate start = LocalDate.of(year, campaign[0], campaign[1])
                        .plusDays(random.nextInt(campaign[2] - 14));
                LocalDate end = start.plusDays(13 + random.nextInt(36));
                String json = """
                        {"year": %d, "title": "%d年%s检查%d", "kind": "INSPECTION", "scope": "SPECIAL", "category": "%s",
                         "targets": ["%s"], "windowStart": "%s", "windowEnd": "%s", "onSiteDays": %d, "teamSize": %d,
                         "materials": ["SAFETY_INCIDENTS"], "mandate": "桂政办〔%d〕%d号"}""".formatted(year, year, line[0],
                        n + 1, line[1], String.join("\", \"", picked), start, end, random.nextInt(10) == 0 ? 2 : 1,
                        1 + random.nextInt(5), year, n + 1);
                plans.add(new Plan(region + "-" + line[0], region, json));
                targets += picked.size();
            }
        }
        return targets;
    }
}
