package io.grassroots.share.request;

import io.grassroots.events.data.RequestAnsweredV1;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.share.data.ValueSource;
import io.grassroots.share.data.ValueStored;
import io.grassroots.share.task.PendingFields;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * When a value is stored, every request field waiting on it is answered; a request with no pending
 * field left is answered and announced (request.answered.v1).
 */
@ApplicationScoped
public class PendingAnswers {
    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** After the tasks' observer, so that a task's fulfilment is announced before the requests it answers. */
    void onValueStored(@Observes @Priority(PendingFields.ORDER + 1) ValueStored value) {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        // A unit's own report answers the task its field waited on; any other value is shared data.
        List<UUID> requests = em.createNativeQuery("update request_field rf set status = :answered, value_id = :v, "
                + "answered_from = case when rf.task_id is not null and :byUnit then :task else :shared end "
                + "from data_request r where r.id = rf.request_id and rf.unit_code = :u and rf.indicator = :i "
                + "and rf.status = :pending and r.period = :p returning rf.request_id", UUID.class)
                .setParameter("answered", FieldStatus.ANSWERED.name()).setParameter("pending", FieldStatus.PENDING.name())
                .setParameter("task", AnsweredFrom.TASK.name()).setParameter("shared", AnsweredFrom.SHARED.name())
                .setParameter("v", value.valueId()).setParameter("byUnit", value.source() == ValueSource.UNIT_REPORT)
                .setParameter("u", value.unitCode()).setParameter("i", value.indicator())
                .setParameter("p", value.period()).getResultList();
        for (UUID requestId : new LinkedHashSet<>(requests)) {
            completeIfAnswered(em.find(DataRequest.class, requestId), now);
        }
    }

    /** Marks the request answered and announces it once no field is pending. */
    private void completeIfAnswered(DataRequest request, Instant now) {
        if (request == null || request.status != RequestStatus.OPEN) {
            return;
        }
        long pending = ((Number) em.createNativeQuery("select count(*) from request_field where request_id = :r "
                + "and status = :pending").setParameter("r", request.id).setParameter("pending", FieldStatus.PENDING.name()).getSingleResult()).longValue();
        if (pending > 0) {
            return;
        }
        request.status = RequestStatus.ANSWERED;
        request.answeredAt = now;
        outbox.publish(new RequestAnsweredV1(request.id.toString(), request.departmentId, request.fieldsTotal,
                request.answeredShared, request.fieldsTotal - request.answeredShared, now));
    }
}
