package io.grassroots.inspection.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Serializes the writers of a schedule in the database, so that it holds across instances of the
 * service: PostgreSQL advisory locks held until the transaction ends. A scheduling run locks its
 * counties exclusively; an approval, cancellation or confirmation locks its counties shared and then
 * its units exclusively, so work on different units of a county runs in parallel. Every transaction
 * takes county locks before unit locks, each kind in ascending key order, so none waits in a cycle.
 */
@ApplicationScoped
public class ScheduleLocks {
    /** The first key of a county lock, a number of its own so that it never meets a unit lock. */
    static final int COUNTY = 0x5C0C;
    static final int UNIT = 0x5C0D;
    /**
     * Above this many units a writer locks their counties exclusively instead: PostgreSQL's lock table
     * holds a few thousand locks in all, and a plan over a province's villages names 17,000 units.
     */
    static final int MAX_UNIT_LOCKS = 200;

    @Inject
    EntityManager em;

    /** Waits for every county schedule of the year, exclusively: nobody else changes them until commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void counties(Collection<String> counties, int year) {
        lock(COUNTY, counties, year, "pg_advisory_xact_lock");
    }

    /**
     * Waits until no run holds these counties, then for each unit's schedule of the year exclusively
     * (for very many units, the counties' exclusively). Call it once per transaction, before reading.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void units(Collection<String> counties, Collection<String> units, int year) {
        if (new TreeSet<>(units).size() > MAX_UNIT_LOCKS) {
            counties(counties, year);
            return;
        }
        lock(COUNTY, counties, year, "pg_advisory_xact_lock_shared");
        lock(UNIT, units, year, "pg_advisory_xact_lock");
    }

    private void lock(int space, Collection<String> codes, int year, String function) {
        if (codes.isEmpty()) {
            return;
        }
        // The keys go in ascending order; a function scan over an array yields its rows in order.
        String keys = new TreeSet<>(codes.stream().map(c -> key(c, year)).toList()).stream()
                .map(String::valueOf).collect(Collectors.joining(","));
        em.createNativeQuery("select count(" + function + "(" + space + ", k)) from unnest(cast(string_to_array("
                + ":keys, ',') as int[])) as k").setParameter("keys", keys).getSingleResult();
    }

    /** A stable 32-bit key of a code and year (String.hashCode is specified, so every instance agrees). */
    static int key(String code, int year) {
        return (code + "/" + year).hashCode();
    }
}
