package io.grassroots.inspection.plan;

import java.util.Set;
import java.util.UUID;

/**
 * Fired by the schedule inside the transaction that changed visits: which of the plans it touched now
 * have a visit, which have none, and which have had every visit completed. The plan's status follows
 * ({@link PlanStatusFollower}); the schedule never writes plan rows.
 */
public record PlanVisits(Set<UUID> withVisits, Set<UUID> withoutVisits, Set<UUID> allVisitsDone) {
    public static PlanVisits placed(Set<UUID> withVisits, Set<UUID> withoutVisits) {
        return new PlanVisits(Set.copyOf(withVisits), Set.copyOf(withoutVisits), Set.of());
    }

    public static PlanVisits completed(Set<UUID> plans) {
        return new PlanVisits(Set.of(), Set.of(), Set.copyOf(plans));
    }
}
