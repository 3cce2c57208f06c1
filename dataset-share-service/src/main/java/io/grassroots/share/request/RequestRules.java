package io.grassroots.share.request;

import io.grassroots.calendar.Notice;
import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violation;
import io.grassroots.platform.web.Violations;
import io.grassroots.share.access.AccessLog;
import io.grassroots.share.calendar.CalendarService;
import io.grassroots.share.catalog.Indicator;
import io.grassroots.share.catalog.IndicatorCache;
import io.grassroots.share.directory.DirectoryCache;
import io.grassroots.share.directory.LocalDepartment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a well-formed data request must meet before anything is written: a department of the directory,
 * each indicator and unit named once, indicators of the catalog granted to it, units of its region, and
 * the notice the official calendar gives units. Refused fields of ungranted indicators are logged as
 * denied reads all the same. The shape of each field (required, the title's length, the period's format)
 * is declared on {@link DataRequestInput} and checked by Bean Validation first.
 */
@ApplicationScoped
class RequestRules {
    static final int MAX_FIELDS = 50_000;

    /** A request that meets the rules: who files it, the indicators asked (in order) and the units. */
    record Checked(LocalDepartment department, Map<String, Indicator> indicators, List<String> units) {
    }

    @Inject
    IndicatorCache catalog;
    @Inject
    DirectoryCache directory;
    @Inject
    AccessLog accessLog;
    @Inject
    CalendarService calendars;
    @Inject
    Clock clock;
    @ConfigProperty(name = "grassroots.requests.notice-working-days", defaultValue = "10")
    int noticeWorkingDays;

    /** The request checked, or a problem naming every field that is wrong. */
    Checked check(DataRequestInput input, Caller caller) {
        LocalDepartment department = directory.department(caller.department()).orElse(null);
        if (department == null) {
            throw ProblemException.invalid("dept", "EXISTS", "your department " + caller.department()
                    + " is not in the directory");
        }
        Checked checked = resolved(input, department);
        granted(checked, input.period(), caller);
        noticeGiven(input.dueDate());
        return checked;
    }

    /** Each indicator and unit named once, indicators of the catalog, units of the directory and the region. */
    private Checked resolved(DataRequestInput input, LocalDepartment department) {
        Violations v = new Violations();
        List<String> codes = distinct(input.indicators(), "indicators", v);
        List<String> units = distinct(input.units(), "units", v);
        if ((long) codes.size() * units.size() > MAX_FIELDS) {
            v.add("units", "MAX_SIZE", "at most " + MAX_FIELDS + " fields in one request");
        }
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        Map<String, Indicator> found = new HashMap<>();
        catalog.indicators(codes).forEach(i -> found.put(i.code, i));
        for (int i = 0; i < codes.size(); i++) {
            Indicator indicator = found.get(codes.get(i));
            if (indicator == null) {
                v.add("indicators[" + i + "]", "EXISTS", "indicator " + codes.get(i) + " is not in the catalog");
            } else {
                indicators.put(indicator.code, indicator);
            }
        }
        Set<String> present = directory.unitsPresent(units);
        for (int i = 0; i < units.size(); i++) {
            if (!present.contains(units.get(i))) {
                v.add("units[" + i + "]", "EXISTS", "unit " + units.get(i) + " is not in the directory");
            } else if (!units.get(i).startsWith(department.regionCode)) {
                v.add("units[" + i + "]", "TARGET_IN_REGION", "unit " + units.get(i) + " lies outside region "
                        + department.regionCode + " of " + department.id);
            }
        }
        v.throwIfAny();
        return new Checked(department, indicators, units);
    }

    /** Every indicator must be granted to the department; each field refused is logged as a denied read. */
    private void granted(Checked checked, String period, Caller caller) {
        LocalDepartment department = checked.department();
        List<Violation> ungranted = new ArrayList<>();
        List<AccessLog.Entry> denied = new ArrayList<>();
        for (Indicator indicator : checked.indicators().values()) {
            if (!indicator.grants().allow(department.id, department.groupList())) {
                String why = indicator.code + " (" + indicator.sensitivity + ") is not granted to " + department.id;
                ungranted.add(new Violation("indicators", "GRANT", why));
                checked.units().forEach(u -> denied.add(new AccessLog.Entry(u, indicator.code, period, null,
                        AccessLog.Outcome.DENIED, why)));
            }
        }
        if (!ungranted.isEmpty()) {
            accessLog.recordDenied(caller, denied);
            throw ProblemException.invalid(ungranted);
        }
    }

    private void noticeGiven(LocalDate due) {
        LocalDate today = LocalDate.now(clock);
        // The official calendar in force: shipped years and the arrangements inspection-service published.
        WorkingCalendar calendar = calendars.inForce();
        Notice notice = Notice.of(calendar, today, due, noticeWorkingDays);
        if (!notice.enough()) {
            throw ProblemException.ruleViolations(List.of(new Violation("dueDate", "NOTICE", "due " + due + " is "
                    + notice.daysGiven() + " working day(s) after " + today + "; notice requires "
                    + noticeWorkingDays + " (earliest due " + notice.earliest() + ")")));
        }
    }

    /** The list without repetitions; each repetition is named. */
    private static List<String> distinct(List<String> list, String field, Violations v) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!seen.add(list.get(i))) {
                v.add(field + "[" + i + "]", "UNIQUE", list.get(i) + " is listed twice");
            }
        }
        return new ArrayList<>(seen);
    }
}
