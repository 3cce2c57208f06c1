package io.grassroots.events;

import io.grassroots.events.assessment.LedgerPublishedV1;
import io.grassroots.events.assessment.ScorePublishedV1;
import io.grassroots.events.calendar.CalendarPublishedV1;
import io.grassroots.events.data.DataReportedV1;
import io.grassroots.events.data.RequestAnsweredV1;
import io.grassroots.events.data.RequestFiledV1;
import io.grassroots.events.data.TaskFulfilledV1;
import io.grassroots.events.data.TaskIssuedV1;
import io.grassroots.events.directory.CategoryUpsertedV1;
import io.grassroots.events.directory.DepartmentUpsertedV1;
import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.events.plan.PlanApprovedV1;
import io.grassroots.events.plan.PlanCancelledV1;
import io.grassroots.events.plan.PlanRejectedV1;
import io.grassroots.events.plan.PlanSubmissionRefusedV1;
import io.grassroots.events.plan.PlanSubmittedV1;
import io.grassroots.events.result.ResultPublishedV1;
import io.grassroots.events.visit.VisitCompletedV1;
import io.grassroots.events.visit.VisitConfirmedV1;
import io.grassroots.events.visit.VisitRescheduledV1;
import io.grassroots.events.visit.VisitScheduledV1;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every event type the platform knows, so that a consumer can map a CloudEvents type to its record. */
public final class EventCatalog {
    private static final List<Class<? extends PlatformEvent>> ALL = List.of(
            UnitUpsertedV1.class, DepartmentUpsertedV1.class, CategoryUpsertedV1.class, CalendarPublishedV1.class,
            PlanSubmittedV1.class, PlanApprovedV1.class, PlanRejectedV1.class, PlanCancelledV1.class,
            PlanSubmissionRefusedV1.class,
            VisitScheduledV1.class, VisitConfirmedV1.class, VisitRescheduledV1.class, VisitCompletedV1.class,
            ResultPublishedV1.class, DataReportedV1.class, RequestFiledV1.class, RequestAnsweredV1.class,
            TaskIssuedV1.class, TaskFulfilledV1.class, LedgerPublishedV1.class, ScorePublishedV1.class);

    private static final Map<String, Class<? extends PlatformEvent>> BY_TYPE = new LinkedHashMap<>();

    static {
        for (Class<? extends PlatformEvent> type : ALL) {
            Class<? extends PlatformEvent> previous = BY_TYPE.put(typeOf(type), type);
            if (previous != null) {
                throw new IllegalStateException("two records declare event type " + typeOf(type));
            }
        }
    }

    private EventCatalog() {
    }

    public static List<Class<? extends PlatformEvent>> all() {
        return ALL;
    }

    public static Optional<Class<? extends PlatformEvent>> recordFor(String cloudEventType) {
        return Optional.ofNullable(BY_TYPE.get(cloudEventType));
    }

    public static String typeOf(Class<?> record) {
        return annotation(record).value();
    }

    public static String topicOf(Class<?> record) {
        return annotation(record).topic();
    }

    private static EventType annotation(Class<?> record) {
        EventType type = record.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(record.getName() + " is not annotated with @EventType");
        }
        return type;
    }
}
