package io.grassroots.share.access;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.sql.SqlValues;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.share.catalog.Indicator;
import io.grassroots.share.catalog.IndicatorRepository;
import io.grassroots.share.data.DataValue;
import io.grassroots.share.data.ValueRules;
import io.grassroots.share.data.ValueSource;
import io.grassroots.share.data.ValueStore;
import io.grassroots.share.directory.LocalDepartment;
import io.grassroots.share.directory.LocalUnit;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads of a unit's shared data, each written to the unit's access log, and the log itself. A read
 * the caller may not make is logged as denied and answered 404, like an object that is not theirs.
 */
@Path("/api")
@Authenticated
public class DataReadResource {
    @Inject
    EntityManager em;
    @Inject
    IndicatorRepository indicators;
    @Inject
    ValueStore values;
    @Inject
    AccessLog log;
    @Inject
    CurrentCaller current;
    @Inject
    Clock clock;

    /** A value as it stands (or stood, with asOf), with its history for the unit itself and auditors. */
    public record ValueView(String unit, String indicator, String period, BigDecimal value, int version,
            ValueSource source, Instant reportedAt, boolean fresh, List<Version> history) {
        /** One version of the value. */
        public record Version(int version, BigDecimal value, ValueSource source, Instant reportedAt) {
        }
    }

    /** One line of a unit's access log. */
    public record LogLine(Instant at, String departmentId, String caller, String indicator, String period,
            String requestId, AccessLog.Outcome outcome, String reason) {
    }

    @GET
    @Path("/data/{unit}/{indicator}")
    @Transactional
    public ValueView read(@PathParam("unit") String unit, @PathParam("indicator") String code,
            @QueryParam("period") String period, @QueryParam("asOf") String asOf) {
        Caller caller = current.get();
        if (period == null || !ValueRules.PERIOD.matcher(period).matches()) {
            throw ProblemException.invalid("period", "FORMAT", "period must be YYYY, YYYY-MM or YYYY-Qn");
        }
        Instant at = instant(asOf);
        Indicator indicator = indicators.findById(code);
        LocalUnit target = em.find(LocalUnit.class, unit);
        String denial = indicator == null || target == null ? "unknown unit or indicator" : denial(caller, indicator, unit);
        if (denial != null) {
            if (target != null && indicator != null) {
                log.recordDenied(caller, List.of(new AccessLog.Entry(unit, code, period, null, AccessLog.Outcome.DENIED, denial)));
            }
            throw ProblemException.notFound("value " + unit + "/" + code);
        }
        DataValue value = values.asOf(unit, code, period, at)
                .orElseThrow(() -> ProblemException.notFound("value " + unit + "/" + code + "/" + period));
        boolean own = caller.role() == Role.UNIT;
        if (!own) {
            log.record(caller, List.of(new AccessLog.Entry(unit, code, period, null, AccessLog.Outcome.READ, "direct read")));
        }
        List<ValueView.Version> history = own || caller.role() == Role.AUDITOR
                ? values.history(unit, code, period).stream()
                        .map(v -> new ValueView.Version(v.version, v.value, v.source, v.reportedAt)).toList()
                : null;
        return new ValueView(unit, code, period, value.value, value.version, value.source, value.reportedAt,
                ValueRules.fresh(value.reportedAt, indicator.freshnessDays, Instant.now(clock)), history);
    }

    @GET
    @Path("/units/{code}/access-log")
    @Transactional
    public Page<LogLine> accessLog(@PathParam("code") String unit, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        Caller caller = current.get();
        boolean own = caller.role() == Role.UNIT && unit.equals(caller.unit());
        boolean auditor = caller.role() == Role.AUDITOR && caller.oversees(unit);
        if (!own && !auditor) {
            throw ProblemException.notFound("access log of " + unit);
        }
        PageRequest paging = PageRequest.of(page, size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select at, department_id, caller, indicator, period, "
                + "cast(request_id as varchar), outcome, reason from access_log where unit_code = :u "
                + "order by at desc, id desc").setParameter("u", unit)
                .setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size()).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from access_log where unit_code = :u")
                .setParameter("u", unit).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(r -> new LogLine(SqlValues.instant(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], AccessLog.Outcome.valueOf((String) r[6]), (String) r[7])).toList(), paging.page(),
                paging.size(), total);
    }

    /** Why the caller may not read this unit's indicator, or null when it may. */
    private String denial(Caller caller, Indicator indicator, String unit) {
        switch (caller.role()) {
            case UNIT:
                return unit.equals(caller.unit()) ? null : "another unit's data";
            case COORDINATOR:
            case AUDITOR:
                return caller.oversees(unit) ? null : "outside your region";
            case DEPARTMENT:
                LocalDepartment d = em.find(LocalDepartment.class, caller.department());
                if (d == null || !unit.startsWith(d.regionCode)) {
                    return "outside the department's region";
                }
                return indicator.grants().allow(d.id, d.groupList()) ? null
                        : indicator.code + " (" + indicator.sensitivity + ") is not granted to " + d.id;
            default:
                return "role " + caller.role() + " reads no unit data";
        }
    }

    private static Instant instant(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf", "FORMAT", "asOf must be an instant like 2026-05-01T00:00:00Z");
        }
    }


}
