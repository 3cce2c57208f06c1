package io.grassroots.share.access;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.Paging;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.ValidationProblems;
import io.grassroots.share.catalog.Indicator;
import io.grassroots.share.catalog.IndicatorRepository;
import io.grassroots.share.data.DataValue;
import io.grassroots.share.data.ValueRules;
import io.grassroots.share.data.ValueSource;
import io.grassroots.share.data.ValueStore;
import io.grassroots.share.directory.DirectoryQuery;
import io.grassroots.share.directory.LocalDepartment;
import io.grassroots.share.directory.LocalUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Reads of a unit's shared data, each written to the unit's access log, and the log itself. A read
 * the caller may not make is logged as denied and answered 404, like an object that is not theirs.
 */
@ApplicationScoped
public class DataReads {
    /** A value as it stands (or stood, with asOf), with its history for the unit itself and auditors. */
    public record ValueView(String unit, String indicator, String period, BigDecimal value, int version,
            ValueSource source, Instant reportedAt, boolean fresh, List<Version> history) {
        /** One version of the value. */
        public record Version(int version, BigDecimal value, ValueSource source, Instant reportedAt) {
        }
    }

    @Inject
    DirectoryQuery directory;
    @Inject
    Validator validator;
    @Inject
    IndicatorRepository indicators;
    @Inject
    ValueStore values;
    @Inject
    AccessLog log;
    @Inject
    AccessLogQuery logQuery;
    @Inject
    Clock clock;

    /** The value of a checked period as it stood at {@code at} (null: now). */
    @Transactional
    public ValueView read(String unit, String code, String period, Instant at, Caller caller) {
        Indicator indicator = indicators.findById(code);
        LocalUnit target = directory.unit(unit);
        String denial = indicator == null || target == null ? "unknown unit or indicator"
                : denial(caller, indicator, unit);
        if (denial != null) {
            if (target != null && indicator != null) {
                log.recordDenied(caller, List.of(new AccessLog.Entry(unit, code, period, null, AccessLog.Outcome.DENIED,
                        denial)));
            }
            throw ProblemException.notFound("value " + unit + "/" + code);
        }
        DataValue value = values.asOf(unit, code, period, at)
                .orElseThrow(() -> ProblemException.notFound("value " + unit + "/" + code + "/" + period));
        boolean own = caller.role() == Role.UNIT;
        if (!own) {
            log.record(caller, List.of(new AccessLog.Entry(unit, code, period, null, AccessLog.Outcome.READ,
                    "direct read")));
        }
        List<ValueView.Version> history = own || caller.role() == Role.AUDITOR
                ? values.history(unit, code, period).stream()
                        .map(v -> new ValueView.Version(v.version, v.value, v.source, v.reportedAt)).toList()
                : null;
        return new ValueView(unit, code, period, value.value, value.version, value.source, value.reportedAt,
                ValueRules.fresh(value.reportedAt, indicator.freshnessDays, Instant.now(clock)), history);
    }

    /** The unit's log, for the unit itself and auditors above it; 404 for anyone else (before the paging is checked). */
    @Transactional
    public Page<AccessLogQuery.LogLine> accessLog(String unit, Paging paging, Caller caller) {
        boolean own = caller.role() == Role.UNIT && unit.equals(caller.unit());
        boolean auditor = caller.role() == Role.AUDITOR && caller.oversees(unit);
        if (!own && !auditor) {
            throw ProblemException.notFound("access log of " + unit);
        }
        return logQuery.page(unit, ValidationProblems.valid(validator, paging, "paging is required").request());
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
                LocalDepartment d = directory.department(caller.department());
                if (d == null || !unit.startsWith(d.regionCode)) {
                    return "outside the department's region";
                }
                return indicator.grants().allow(d.id, d.groupList()) ? null
                        : indicator.code + " (" + indicator.sensitivity + ") is not granted to " + d.id;
            default:
                return "role " + caller.role() + " reads no unit data";
        }
    }
}
