package io.grassroots.inspection.merge;

import java.util.List;

/** One joint team's route (联合组团): visits of one group and lead department in one county within a few days. */
public record Itinerary(String family, String leadDepartment, String countyCode, List<Visit> visits) {
}
