package io.grassroots.inspection.feed;

import io.grassroots.inspection.visit.VisitStatus;
import io.grassroots.inspection.visit.VisitView;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A unit's visits as an iCalendar (RFC 5545) object in Chinese, built with ical4j. A visit has days,
 * not hours, so each is an all-day event (one per run of consecutive days, since a visit's working days
 * may skip a weekend); the calendar declares Asia/Shanghai, the time zone those dates are in.
 */
final class VisitIcs {
    static final String TIME_ZONE = "Asia/Shanghai";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private VisitIcs() {
    }

    static String write(String unitName, String place, List<VisitView> visits, Map<String, String> departments,
            Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Grassroots burden-relief platform//Unit visit calendar//ZH"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", unitName + "受检日历"));
        calendar.add(new XProperty("X-WR-TIMEZONE", TIME_ZONE));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        calendar.add(ZONES.getTimeZone(TIME_ZONE).getVTimeZone());
        DtStamp stamp = new DtStamp(now);
        for (VisitView v : visits) {
            List<List<LocalDate>> runs = runs(v.days() == null || v.days().isEmpty() ? List.of(v.date()) : v.days());
            for (int i = 0; i < runs.size(); i++) {
                List<LocalDate> run = runs.get(i);
                VEvent event = new VEvent(run.get(0), run.get(run.size() - 1).plusDays(1), summary(v, departments));
                event.add(new Uid(v.id() + (i == 0 ? "" : "-" + (i + 1)) + "@grassroots"));
                event.add(stamp);
                event.add(new Location(place));
                event.add(new Description(description(v, runs.size(), i)));
                event.add(v.status() == VisitStatus.PLANNED ? ImmutableStatus.VEVENT_TENTATIVE
                        : ImmutableStatus.VEVENT_CONFIRMED);
                calendar.add(event);
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("the visit calendar does not make valid iCalendar", e);
        }
        return out.toString();
    }

    /** "联合检查：A、B" when several departments come together, else "A检查". */
    private static String summary(VisitView v, Map<String, String> departments) {
        Set<String> names = new LinkedHashSet<>();
        for (VisitView.PlanPart p : v.plans()) {
            names.add(departments.getOrDefault(p.departmentId(), p.departmentId()));
        }
        if (names.size() > 1) {
            return "联合检查：" + String.join("、", names);
        }
        return (names.isEmpty() ? "督查检查" : names.iterator().next()) + "检查";
    }

    private static String description(VisitView v, int parts, int part) {
        List<String> lines = new ArrayList<>();
        lines.add(switch (v.status()) {
            case PLANNED -> "状态：已排期（确认前日期可能调整）";
            case CONFIRMED -> "状态：已确认";
            case COMPLETED -> "状态：已完成";
        });
        if (parts > 1) {
            lines.add("第 " + (part + 1) + " 段，共 " + parts + " 段");
        }
        for (VisitView.PlanPart p : v.plans()) {
            if (p.title() != null) {
                lines.add("事项：" + p.title());
            }
        }
        lines.add("检查组：" + v.teamSize() + " 人");
        return String.join("\n", lines);
    }

    /** The days split where they are not consecutive. */
    private static List<List<LocalDate>> runs(List<LocalDate> days) {
        List<List<LocalDate>> runs = new ArrayList<>();
        List<LocalDate> run = new ArrayList<>();
        for (LocalDate d : days.stream().sorted().toList()) {
            if (!run.isEmpty() && !run.get(run.size() - 1).plusDays(1).equals(d)) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(d);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
