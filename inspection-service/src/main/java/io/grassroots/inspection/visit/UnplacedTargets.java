package io.grassroots.inspection.visit;

import io.grassroots.inspection.merge.Unplaced;
import io.grassroots.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Keeps the coordinator's list of plan-targets left unplaced: a scheduling run replaces its counties'
 * list, an approval adds what it could not place, a cancellation takes its plan off the list.
 */
@ApplicationScoped
public class UnplacedTargets {
    // One statement writes the list, however long; a plan-target already listed gets its new entry.
    private static final String UPSERT = "insert into unplaced_target (year, recorded_at, plan_id, unit_code, "
            + "county_code, reason, detail, suggested_date, suggested_visit, suggestion) select cast(? as int), cast(? as timestamptz), "
            + "cast(r.plan_id as uuid), r.unit_code, r.county_code, r.reason, r.detail, "
            + "cast(r.suggested_date as date), cast(r.suggested_visit as uuid), r.suggestion from unnest(?, ?, ?, ?, "
            + "?, ?, ?, ?) as r(plan_id, unit_code, county_code, reason, detail, suggested_date, suggested_visit, "
            + "suggestion) on conflict (plan_id, unit_code) do update set county_code = excluded.county_code, "
            + "year = excluded.year, reason = excluded.reason, detail = excluded.detail, "
            + "suggested_date = excluded.suggested_date, suggested_visit = excluded.suggested_visit, "
            + "suggestion = excluded.suggestion, recorded_at = excluded.recorded_at";
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** After a run over these counties: exactly the run's unplaced plan-targets are listed. */
    public void replace(Collection<String> counties, int year, List<Unplaced> unplaced) {
        if (!counties.isEmpty()) {
            em.createQuery("delete from UnplacedTarget u where u.year = :y and u.countyCode in :c")
                    .setParameter("y", year).setParameter("c", counties).executeUpdate();
        }
        add(year, unplaced);
    }

    /**
     * Lists plan-targets an approval could not place (and replaces earlier entries of the same ones), in
     * one statement however many: a province's run leaves thousands unplaced (#19).
     */
    public void add(int year, List<Unplaced> unplaced) {
        if (unplaced.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        Map<Unplaced, Suggestions.Suggested> suggested = Suggestions.of(unplaced, em);
        // A plan-target listed twice keeps its last entry, as updating its row twice did.
        Map<UnplacedTarget.Key, Unplaced> byKey = new LinkedHashMap<>();
        unplaced.forEach(u -> byKey.put(new UnplacedTarget.Key(UUID.fromString(u.target().planId()),
                u.target().unitCode()), u));
        List<Unplaced> rows = new ArrayList<>(byKey.values());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setInt(1, year);
                upsert.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                SqlArrays.textColumns(upsert, 3).column(rows, u -> u.target().planId())
                        .column(rows, u -> u.target().unitCode()).column(rows, u -> u.target().countyCode())
                        .column(rows, u -> u.reason().name()).column(rows, Unplaced::detail)
                        .column(rows, u -> suggested.get(u).date()).column(rows, u -> suggested.get(u).visit())
                        .column(rows, u -> suggested.get(u).text());
                upsert.executeUpdate();
            }
        });
    }

    /** A cancelled plan leaves the list. */
    public void forgetPlan(UUID planId) {
        em.createQuery("delete from UnplacedTarget u where u.key.planId = :p").setParameter("p", planId)
                .executeUpdate();
    }

    /** The plan's unplaced plan-targets, by unit. */
    public List<UnplacedTarget> ofPlan(UUID planId) {
        return em.createQuery("select u from UnplacedTarget u where u.key.planId = :p order by u.key.unitCode",
                UnplacedTarget.class).setParameter("p", planId).getResultList();
    }
}
