package io.grassroots.share.request;

import io.grassroots.events.PlatformEvent;
import io.grassroots.events.data.RequestAnsweredV1;
import io.grassroots.events.data.RequestFiledV1;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.share.access.AccessLog;
import io.grassroots.share.data.LatestValues;
import io.grassroots.share.directory.DirectoryQuery;
import io.grassroots.share.directory.LocalDepartment;
import io.grassroots.share.task.TaskIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Files data requests: every field a fresh, readable value covers is answered at once without
 * contacting the unit; only the missing fields become tasks, and a field another open request
 * already asked for shares that task. The rules are checked by {@link RequestRules}, the fields decided
 * by {@link SharedAnswers}; tasks are opened by task/, the request's fields written by {@link RequestFields}.
 */
@ApplicationScoped
public class RequestService {
    @Inject
    EntityManager em;
    @Inject
    DirectoryQuery directory;
    @Inject
    RequestRules rules;
    @Inject
    SharedAnswers shared;
    @Inject
    TaskIssuer tasks;
    @Inject
    RequestFields fields;
    @Inject
    AccessLog accessLog;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    @Transactional
    public DataRequestView file(DataRequestInput input, Caller caller) {
        RequestRules.Checked checked = rules.check(input, caller);
        LocalDepartment department = checked.department();
        Instant now = Instant.now(clock);
        DataRequest request = new DataRequest();
        request.id = UUID.randomUUID();
        request.departmentId = department.id;
        request.title = input.title().trim();
        request.period = input.period();
        request.dueDate = input.dueDate();
        request.status = RequestStatus.OPEN;
        request.fieldsTotal = checked.indicators().size() * checked.units().size();
        request.createdBy = caller.subject();
        request.createdAt = now;

        SharedAnswers.Decided decided = shared.decide(request.id, checked, input.period(), now);
        List<RequestField> filed = new ArrayList<>(decided.fields());
        int asked = 0;
        for (Map.Entry<String, List<String>> e : decided.missingByUnit().entrySet()) {
            int minutes = e.getValue().stream().mapToInt(code -> checked.indicators().get(code).minutesPerField).sum();
            UUID task = tasks.issue(new TaskIssuer.Order(e.getKey(), input.period(), e.getValue(), input.dueDate(),
                    request.id, department.id, minutes, now));
            for (String code : e.getValue()) {
                filed.add(RequestField.pending(e.getKey(), code, task));
                asked++;
            }
        }
        request.answeredShared = decided.answered();
        request.askedOfUnits = asked;
        request.coalesced = decided.coalesced();
        request.minutesSaved = decided.minutesSaved();
        boolean answeredNow = asked == 0 && decided.coalesced() == 0;
        if (answeredNow) {
            request.status = RequestStatus.ANSWERED;
            request.answeredAt = now;
        }
        // The request row is written once, with its final figures, before the fields that refer to it.
        em.persist(request);
        fields.insert(request.id, filed);
        accessLog.record(caller, decided.reads());
        List<PlatformEvent> events = new ArrayList<>();
        events.add(new RequestFiledV1(request.id.toString(), department.id, request.title, request.period,
                request.dueDate, List.copyOf(checked.indicators().keySet()), checked.units(), request.fieldsTotal,
                request.answeredShared, asked, request.coalesced, request.minutesSaved, now));
        if (answeredNow) {
            events.add(new RequestAnsweredV1(request.id.toString(), department.id, request.fieldsTotal,
                    request.answeredShared, 0, now));
        }
        outbox.publishAll(events);
        // The answer is built from what was just decided rather than read back.
        return DataRequestView.of(request, answer(filed, decided.values()));
    }

    @Transactional
    public DataRequestView get(UUID id, Caller caller) {
        DataRequest request = em.find(DataRequest.class, id);
        boolean own = request != null && request.departmentId.equals(caller.department())
                && caller.role() == Role.DEPARTMENT;
        boolean above = request != null && caller.oversees(regionOf(request.departmentId));
        if (!own && !above) {
            throw ProblemException.notFound("data request " + id);
        }
        return DataRequestView.of(request, fields.view(request.id));
    }

    private String regionOf(String departmentId) {
        LocalDepartment d = directory.department(departmentId);
        return d == null ? "-" : d.regionCode;
    }

    /** The filed fields as the view shows them, by unit and indicator, with the value of each answered one. */
    private static List<DataRequestView.Field> answer(List<RequestField> filed,
            Map<String, LatestValues.Latest> values) {
        List<DataRequestView.Field> answer = new ArrayList<>(filed.size());
        for (RequestField f : filed) {
            LatestValues.Latest value = f.status() == FieldStatus.ANSWERED ? values.get(f.unit() + "|" + f.indicator())
                    : null;
            answer.add(new DataRequestView.Field(f.unit(), f.indicator(), f.status(), f.answeredFrom(),
                    value == null ? null : value.value(), value == null ? null : value.version(),
                    value == null ? null : value.source(), value == null ? null : value.reportedAt(), f.taskId()));
        }
        answer.sort(Comparator.comparing(DataRequestView.Field::unit).thenComparing(DataRequestView.Field::indicator));
        return answer;
    }
}
