package io.grassroots.inspection.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Approved plans waiting to be placed into their year's schedule (table placement_queue): queued in
 * the approval's transaction, taken by one worker at a time across instances (SKIP LOCKED), removed
 * in the transaction that places the plan, and kept with a growing delay when placing fails.
 */
@ApplicationScoped
public class PlacementQueue {
    /** At most this long between two attempts at a plan that keeps failing. */
    static final int MAX_DELAY_SECONDS = 60;

    @Inject
    EntityManager em;
    @Inject
    Event<Queued> queued;

    /** Fired when a plan is queued; the worker starts after the transaction commits. */
    public record Queued(UUID planId) {
    }

    /** A plan due for placement, held by this transaction until it ends. */
    public record Due(UUID planId, int year, int attempts) {
    }

    /** Queues an approved plan for placement, once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(UUID planId, int year) {
        em.createNativeQuery("insert into placement_queue (plan_id, year) values (:plan, :year) "
                + "on conflict (plan_id) do nothing").setParameter("plan", planId).setParameter("year", year)
                .executeUpdate();
        queued.fire(new Queued(planId));
    }

    /** Whether a plan waits for placement. */
    public boolean pending(UUID planId) {
        return !em.createNativeQuery("select 1 from placement_queue where plan_id = :plan")
                .setParameter("plan", planId).getResultList().isEmpty();
    }

    /** The oldest due plans no other transaction holds (at most limit), locked until this transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Due> takeDue(int limit) {
        return due(em.createNativeQuery("select plan_id, year, attempts from placement_queue "
                + "where next_attempt_at <= now() order by queued_at, plan_id limit :limit for update skip locked",
                Tuple.class).setParameter("limit", limit));
    }

    /** One queued plan, locked until this transaction ends; empty when another holds it or it is gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Due> take(UUID planId) {
        return due(em.createNativeQuery("select plan_id, year, attempts from placement_queue where plan_id = :plan "
                + "for update skip locked", Tuple.class).setParameter("plan", planId)).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Due> due(jakarta.persistence.Query query) {
        return ((List<Tuple>) query.getResultList()).stream().map(r -> new Due(r.get("plan_id", UUID.class),
                ((Number) r.get("year")).intValue(), ((Number) r.get("attempts")).intValue())).toList();
    }

    /** The plans are placed (or no longer need placing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void done(Collection<UUID> planIds) {
        em.createNativeQuery("delete from placement_queue where plan_id in (:plans)").setParameter("plans", planIds)
                .executeUpdate();
    }

    /** Placing the plan failed: try again after a delay that doubles with each attempt, up to a minute. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID planId, String error) {
        em.createNativeQuery("update placement_queue set attempts = attempts + 1, last_error = :error, "
                + "next_attempt_at = now() + make_interval(secs => least(" + MAX_DELAY_SECONDS
                + ", power(2, least(attempts, 10)))) where plan_id = :plan")
                .setParameter("plan", planId)
                .setParameter("error", error == null ? "unknown" : error.substring(0, Math.min(500, error.length())))
                .executeUpdate();
    }
}
