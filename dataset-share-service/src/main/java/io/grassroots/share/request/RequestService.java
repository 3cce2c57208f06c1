package io.grassroots.share.request;

import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.events.data.RequestAnsweredV1;
import io.grassroots.events.data.RequestFiledV1;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.sql.SqlValues;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violation;
import io.grassroots.platform.web.Violations;
import io.grassroots.share.access.AccessLog;
import io.grassroots.share.calendar.CalendarService;
import io.grassroots.share.catalog.Indicator;
import io.grassroots.share.catalog.IndicatorCache;
import io.grassroots.share.data.FieldLocks;
import io.grassroots.share.data.ValueRules;
import io.grassroots.share.data.ValueSource;
import io.grassroots.share.directory.DirectoryCache;
import io.grassroots.share.directory.LocalDepartment;
import io.grassroots.share.task.TaskIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files data requests: every field a fresh, readable value covers is answered at once without
 * contacting the unit; only the missing fields become tasks, and a field another open request
 * already asked for shares that task.
 */
@ApplicationScoped
public class RequestService {
    private static final int MAX_FIELDS = 50_000;

    @Inject
    EntityManager em;
    @Inject
    IndicatorCache indicators;
    @Inject
    DirectoryCache directory;
    @Inject
    AccessLog accessLog;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    FieldLocks locks;
    @Inject
    CalendarService calendars;
    @Inject
    TaskIssuer tasks;
    @ConfigProperty(name = "grassroots.requests.notice-working-days", defaultValue = "10")
    int noticeWorkingDays;

    @Transactional
    public DataRequestView file(DataRequestInput input, Caller caller) {
        LocalDepartment department = directory.department(caller.department()).orElse(null);
        if (department == null) {
            throw ProblemException.invalid("dept", "EXISTS", "your department " + caller.department()
                    + " is not in the directory");
        }
        if (input == null) {
            throw ProblemException.invalid("body", "REQUIRED", "a data request is required");
        }
        Violations v = new Violations();
        if (v.required("title", input.title())) {
            v.maxLength("title", input.title(), 200);
        }
        if (v.required("period", input.period()) && !ValueRules.PERIOD.matcher(input.period()).matches()) {
            v.add("period", "FORMAT", "period must be YYYY, YYYY-MM or YYYY-Qn, was " + input.period());
        }
        v.required("dueDate", input.dueDate());
        List<String> codes = distinct(input.indicators(), "indicators", v);
        List<String> units = distinct(input.units(), "units", v);
        if ((long) codes.size() * units.size() > MAX_FIELDS) {
            v.add("units", "MAX_SIZE", "at most " + MAX_FIELDS + " fields in one request");
        }
        Map<String, Indicator> catalog = new LinkedHashMap<>();
        Map<String, Indicator> found = new HashMap<>();
        indicators.indicators(codes).forEach(i -> found.put(i.code, i));
        for (int i = 0; i < codes.size(); i++) {
            Indicator indicator = found.get(codes.get(i));
            if (indicator == null) {
                v.add("indicators[" + i + "]", "EXISTS", "indicator " + codes.get(i) + " is not in the catalog");
            } else {
                catalog.put(indicator.code, indicator);
            }
        }
        for (int i = 0; i < units.size(); i++) {
            if (!directory.unitExists(units.get(i))) {
                v.add("units[" + i + "]", "EXISTS", "unit " + units.get(i) + " is not in the directory");
            } else if (!units.get(i).startsWith(department.regionCode)) {
                v.add("units[" + i + "]", "TARGET_IN_REGION", "unit " + units.get(i) + " lies outside region "
                        + department.regionCode + " of " + department.id);
            }
        }
        v.throwIfAny();

        List<Violation> ungranted = new ArrayList<>();
        List<AccessLog.Entry> denied = new ArrayList<>();
        for (Indicator indicator : catalog.values()) {
            if (!indicator.grants().allow(department.id, department.groupList())) {
                String why = indicator.code + " (" + indicator.sensitivity + ") is not granted to " + department.id;
                ungranted.add(new Violation("indicators", "GRANT", why));
                units.forEach(u -> denied.add(new AccessLog.Entry(u, indicator.code, input.period(), null, AccessLog.Outcome.DENIED,
                        why)));
            }
        }
        if (!ungranted.isEmpty()) {
            accessLog.recordDenied(caller, denied);
            throw ProblemException.invalid(ungranted);
        }
        LocalDate today = LocalDate.now(clock);
        // The official calendar in force: shipped years and the arrangements inspection-service published.
        WorkingCalendar calendar = calendars.inForce();
        LocalDate earliest = calendar.plusWorkingDays(today, noticeWorkingDays);
        if (input.dueDate().isBefore(earliest)) {
            throw ProblemException.ruleViolations(List.of(new Violation("dueDate", "NOTICE", "due " + input.dueDate()
                    + " is " + (input.dueDate().isAfter(today) ? calendar.workingDaysAfter(today, input.dueDate()) : 0)
                    + " working day(s) after " + today + "; notice requires " + noticeWorkingDays + " (earliest due "
                    + earliest + ")")));
        }
        return create(input, department, catalog, units, caller);
    }

    private DataRequestView create(DataRequestInput input, LocalDepartment department, Map<String, Indicator> catalog,
            List<String> units, Caller caller) {
        Instant now = Instant.now(clock);
        DataRequest request = new DataRequest();
        request.id = UUID.randomUUID();
        request.departmentId = department.id;
        request.title = input.title().trim();
        request.period = input.period();
        request.dueDate = input.dueDate();
        request.status = RequestStatus.OPEN;
        request.fieldsTotal = catalog.size() * units.size();
        request.createdBy = caller.subject();
        request.createdAt = now;

        Map<String, Current> current = currentValues(units, catalog.keySet(), input.period());
        Map<String, UUID> openTasks = Map.of();
        List<String> missing = unanswered(units, catalog, current, now, input.period());
        if (!missing.isEmpty()) {
            // Under the fields' locks a concurrent request for them waits, so the two share one task
            // instead of both asking; a value that landed meanwhile is read again and answers.
            locks.lock(missing);
            current = currentValues(units, catalog.keySet(), input.period());
            openTasks = openTasksFor(units, catalog.keySet(), input.period());
        }
        List<Object[]> fields = new ArrayList<>();
        List<AccessLog.Entry> reads = new ArrayList<>();
        Map<String, List<String>> missingByUnit = new LinkedHashMap<>();
        int answered = 0;
        int coalesced = 0;
        int minutesSaved = 0;
        for (String unit : units) {
            for (Indicator indicator : catalog.values()) {
                Current value = current.get(unit + "|" + indicator.code);
                if (value != null && ValueRules.fresh(value.reportedAt(), indicator.freshnessDays, now)) {
                    fields.add(new Object[] { unit, indicator.code, FieldStatus.ANSWERED, AnsweredFrom.SHARED, value.id(), null });
                    reads.add(new AccessLog.Entry(unit, indicator.code, input.period(), request.id, AccessLog.Outcome.READ,
                            "answered from shared data"));
                    answered++;
                    minutesSaved += indicator.minutesPerField;
                    continue;
                }
                UUID sharedTask = openTasks.get(unit + "|" + indicator.code);
                if (sharedTask != null) {
                    fields.add(new Object[] { unit, indicator.code, FieldStatus.PENDING, null, null, sharedTask });
                    coalesced++;
                    minutesSaved += indicator.minutesPerField;
                } else {
                    missingByUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(indicator.code);
                }
            }
        }
        int asked = 0;
        for (Map.Entry<String, List<String>> e : missingByUnit.entrySet()) {
            int minutes = e.getValue().stream().mapToInt(code -> catalog.get(code).minutesPerField).sum();
            UUID task = tasks.issue(new TaskIssuer.Order(e.getKey(), input.period(), e.getValue(), input.dueDate(),
                    request.id, department.id, minutes, now));
            for (String code : e.getValue()) {
                fields.add(new Object[] { e.getKey(), code, FieldStatus.PENDING, null, null, task });
                asked++;
            }
        }
        request.answeredShared = answered;
        request.askedOfUnits = asked;
        request.coalesced = coalesced;
        request.minutesSaved = minutesSaved;
        boolean answeredNow = asked == 0 && coalesced == 0;
        if (answeredNow) {
            request.status = RequestStatus.ANSWERED;
            request.answeredAt = now;
        }
        // The request row is written once, with its final figures, before the fields that refer to it.
        em.persist(request);
        insertFields(request.id, fields);
        accessLog.record(caller, reads);
        List<io.grassroots.events.PlatformEvent> events = new ArrayList<>();
        events.add(new RequestFiledV1(request.id.toString(), department.id, request.title, request.period,
                request.dueDate, List.copyOf(catalog.keySet()), units, request.fieldsTotal, answered, asked, coalesced,
                minutesSaved, now));
        if (answeredNow) {
            events.add(new RequestAnsweredV1(request.id.toString(), department.id, request.fieldsTotal, answered, 0,
                    now));
        }
        outbox.publishAll(events);
        // The answer is built from what was just decided rather than read back.
        List<DataRequestView.Field> answer = new ArrayList<>(fields.size());
        for (Object[] f : fields) {
            Current value = f[2] == FieldStatus.ANSWERED ? current.get(f[0] + "|" + f[1]) : null;
            answer.add(new DataRequestView.Field((String) f[0], (String) f[1], (FieldStatus) f[2], (AnsweredFrom) f[3],
                    value == null ? null : value.value(), value == null ? null : value.version(),
                    value == null ? null : value.source(), value == null ? null : value.reportedAt(), (UUID) f[5]));
        }
        answer.sort(java.util.Comparator.comparing(DataRequestView.Field::unit)
                .thenComparing(DataRequestView.Field::indicator));
        return new DataRequestView(request.id, request.departmentId, request.title, request.period, request.dueDate,
                request.status, request.fieldsTotal, request.answeredShared, request.askedOfUnits, request.coalesced,
                request.minutesSaved, request.createdAt, request.answeredAt, answer);
    }

    @Transactional
    public DataRequestView get(UUID id, Caller caller) {
        DataRequest request = em.find(DataRequest.class, id);
        boolean own = request != null && request.departmentId.equals(caller.department())
                && caller.role() == io.grassroots.platform.security.Role.DEPARTMENT;
        boolean above = request != null && caller.oversees(regionOf(request.departmentId));
        if (!own && !above) {
            throw ProblemException.notFound("data request " + id);
        }
        return view(request);
    }

    private String regionOf(String departmentId) {
        LocalDepartment d = em.find(LocalDepartment.class, departmentId);
        return d == null ? "-" : d.regionCode;
    }

    @SuppressWarnings("unchecked")
    private DataRequestView view(DataRequest r) {
        List<Object[]> rows = em.createNativeQuery("select f.unit_code, f.indicator, f.status, f.answered_from, "
                + "v.value, v.version, v.source, v.reported_at, f.task_id from request_field f "
                + "left join data_value v on v.id = f.value_id where f.request_id = :r order by f.unit_code, f.indicator")
                .setParameter("r", r.id).getResultList();
        List<DataRequestView.Field> fields = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            fields.add(new DataRequestView.Field((String) row[0], (String) row[1], FieldStatus.valueOf((String) row[2]),
                    row[3] == null ? null : AnsweredFrom.valueOf((String) row[3]),
                    (java.math.BigDecimal) row[4], row[5] == null ? null : ((Number) row[5]).intValue(),
                    row[6] == null ? null : ValueSource.valueOf((String) row[6]), SqlValues.instant(row[7]),
                    (UUID) row[8]));
        }
        return new DataRequestView(r.id, r.departmentId, r.title, r.period, r.dueDate, r.status, r.fieldsTotal,
                r.answeredShared, r.askedOfUnits, r.coalesced, r.minutesSaved, r.createdAt, r.answeredAt, fields);
    }

    /** The latest version of a field, as the answering needs it. */
    private record Current(long id, java.math.BigDecimal value, int version, ValueSource source, Instant reportedAt) {
    }

    /** The latest version of each requested field, in one query. */
    @SuppressWarnings("unchecked")
    private Map<String, Current> currentValues(List<String> units, Set<String> codes, String period) {
        Map<String, Current> latest = new HashMap<>();
        if (units.isEmpty() || codes.isEmpty()) {
            return latest;
        }
        List<Object[]> rows = em.createNativeQuery("select distinct on (unit_code, indicator) unit_code, indicator, id, "
                + "value, version, source, reported_at from data_value where unit_code in (:u) and indicator in (:i) "
                + "and period = :p order by unit_code, indicator, version desc")
                .setParameter("u", units).setParameter("i", codes).setParameter("p", period).getResultList();
        for (Object[] r : rows) {
            latest.put(r[0] + "|" + r[1], new Current(((Number) r[2]).longValue(), (java.math.BigDecimal) r[3],
                    ((Number) r[4]).intValue(), ValueSource.valueOf((String) r[5]), SqlValues.instant(r[6])));
        }
        return latest;
    }

    /** The fields without a fresh value: only they can be waiting on a unit's task already. */
    private static List<String> unanswered(List<String> units, Map<String, Indicator> catalog,
            Map<String, Current> current, Instant now, String period) {
        List<String> missing = new ArrayList<>();
        for (String unit : units) {
            for (Indicator indicator : catalog.values()) {
                Current value = current.get(unit + "|" + indicator.code);
                if (value == null || !ValueRules.fresh(value.reportedAt(), indicator.freshnessDays, now)) {
                    missing.add(FieldLocks.key(unit, indicator.code, period));
                }
            }
        }
        return missing;
    }

    /** The open task fields among the requested ones, in one query: a field asked already is asked once. */
    private Map<String, UUID> openTasksFor(List<String> units, Set<String> codes, String period) {
        Map<String, UUID> open = new HashMap<>();
        tasks.openFields(units, codes, period).forEach(f -> open.put(f.unit() + "|" + f.indicator(), f.taskId()));
        return open;
    }

    /** Writes the request's fields in one JDBC batch. */
    private void insertFields(UUID request, List<Object[]> fields) {
        em.flush();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into request_field "
                    + "(request_id, unit_code, indicator, status, answered_from, value_id, task_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?)")) {
                for (Object[] f : fields) {
                    insert.setObject(1, request);
                    insert.setString(2, (String) f[0]);
                    insert.setString(3, (String) f[1]);
                    insert.setString(4, ((FieldStatus) f[2]).name());
                    insert.setString(5, f[3] == null ? null : ((AnsweredFrom) f[3]).name());
                    insert.setObject(6, f[4]);
                    insert.setObject(7, f[5]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static List<String> distinct(List<String> list, String field, Violations v) {
        if (list == null || list.isEmpty()) {
            v.add(field, "REQUIRED", field + " must name at least one");
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null || list.get(i).isBlank()) {
                v.add(field + "[" + i + "]", "REQUIRED", field + "[" + i + "] is empty");
            } else if (!seen.add(list.get(i))) {
                v.add(field + "[" + i + "]", "UNIQUE", list.get(i) + " is listed twice");
            }
        }
        return new ArrayList<>(seen);
    }
}
