package io.grassroots.inspection.feed;

import io.grassroots.inspection.directory.Department;
import io.grassroots.inspection.directory.DepartmentRepository;
import io.grassroots.inspection.directory.Region;
import io.grassroots.inspection.directory.RegionRepository;
import io.grassroots.inspection.directory.Unit;
import io.grassroots.inspection.directory.UnitRepository;
import io.grassroots.inspection.visit.VisitQuery;
import io.grassroots.inspection.visit.VisitView;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.sql.SqlValues;
import io.grassroots.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A unit's secret calendar address: created or rotated and revoked by the unit, and read by anyone holding it. */
@ApplicationScoped
public class FeedService {
    static final String FEED_PATH = "/api/feeds/";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager em;
    @Inject
    UnitRepository units;
    @Inject
    RegionRepository regions;
    @Inject
    DepartmentRepository departments;
    @Inject
    VisitQuery visits;
    @Inject
    Clock clock;

    @Transactional
    public FeedStatus status(String unitCode, Caller caller) {
        requireOwner(unitCode, caller);
        List<?> rows = em.createNativeQuery("select created_at from calendar_feed where unit_code = :u")
                .setParameter("u", unitCode).getResultList();
        return new FeedStatus(unitCode, !rows.isEmpty(), rows.isEmpty() ? null : SqlValues.instant(rows.get(0)), null);
    }

    /** A new secret replaces any old one in the same statement: the old address stops working at once. */
    @Transactional
    public FeedStatus rotate(String unitCode, Caller caller) {
        requireOwner(unitCode, caller);
        String secret = FeedSecrets.create();
        Instant now = Instant.now(clock);
        em.createNativeQuery("insert into calendar_feed (unit_code, secret_hash, created_by, created_at) "
                + "values (:u, :h, :by, :at) on conflict (unit_code) do update set secret_hash = excluded.secret_hash, "
                + "created_by = excluded.created_by, created_at = excluded.created_at")
                .setParameter("u", unitCode).setParameter("h", FeedSecrets.hash(secret))
                .setParameter("by", caller.subject()).setParameter("at", Timestamp.from(now)).executeUpdate();
        return new FeedStatus(unitCode, true, now, FEED_PATH + secret + ".ics");
    }

    @Transactional
    public void revoke(String unitCode, Caller caller) {
        requireOwner(unitCode, caller);
        em.createNativeQuery("delete from calendar_feed where unit_code = :u").setParameter("u", unitCode)
                .executeUpdate();
    }

    /** The feed of the unit whose secret this is, last year to next year; empty for any other text. */
    @Transactional
    public Optional<String> feed(String secret) {
        if (secret == null || !FeedSecrets.FORMAT.matcher(secret).matches()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select unit_code from calendar_feed where secret_hash = :h")
                .setParameter("h", FeedSecrets.hash(secret)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String unitCode = (String) rows.get(0);
        Unit unit = units.findById(unitCode);
        // The feed reads as its unit would: the same visits the unit's own calendar shows.
        Caller asUnit = new Caller("calendar-feed", Role.UNIT, null, unitCode, null);
        int year = Instant.now(clock).atZone(BEIJING).getYear();
        List<VisitView> all = new ArrayList<>();
        for (int y = year - 1; y <= year + 1; y++) {
            visits.calendar(unitCode, y, asUnit).values().forEach(all::addAll);
        }
        Region county = unit.countyCode == null ? null : regions.findById(unit.countyCode);
        String place = (county == null ? "" : county.name) + unit.name;
        return Optional.of(VisitIcs.write(unit.name, place, all, departmentNames(all), Instant.now(clock)));
    }

    private Map<String, String> departmentNames(List<VisitView> all) {
        Map<String, String> names = new HashMap<>();
        for (VisitView v : all) {
            v.plans().forEach(p -> names.computeIfAbsent(p.departmentId(), id -> {
                Department d = departments.findById(id);
                return d == null || d.name == null ? id : d.name;
            }));
        }
        return names;
    }

    /** Only the unit itself manages its address; anyone else is told there is nothing here. */
    private void requireOwner(String unitCode, Caller caller) {
        if (caller.role() != Role.UNIT || unitCode == null || !unitCode.equals(caller.unit())
                || units.findById(unitCode) == null) {
            throw ProblemException.notFound("calendar feed of unit " + unitCode);
        }
    }
}
