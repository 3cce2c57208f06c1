package io.grassroots.share.request;

import io.grassroots.events.data.RequestAnsweredV1;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.share.data.ValuesStored;
import io.grassroots.share.task.PendingFields;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.UUID;

/**
 * When values are stored, every request field waiting on them is answered; a request with no pending
 * field left is answered and announced (request.answered.v1).
 */
@ApplicationScoped
public class PendingAnswers {
    @Inject
    EntityManager em;
    @Inject
    RequestFields fields;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** After the tasks' observer, so that a task's fulfilment is announced before the requests it answers. */
    void onValuesStored(@Observes @Priority(PendingFields.ORDER + 1) ValuesStored stored) {
        Instant now = Instant.now(clock);
        for (UUID requestId : new LinkedHashSet<>(fields.answer(stored.values()))) {
            completeIfAnswered(em.find(DataRequest.class, requestId), now);
        }
    }

    /** Marks the request answered and announces it once no field is pending. */
    private void completeIfAnswered(DataRequest request, Instant now) {
        if (request == null || request.status != RequestStatus.OPEN || fields.pending(request.id) > 0) {
            return;
        }
        request.status = RequestStatus.ANSWERED;
        request.answeredAt = now;
        outbox.publish(new RequestAnsweredV1(request.id.toString(), request.departmentId, request.fieldsTotal,
                request.answeredShared, request.fieldsTotal - request.answeredShared, now));
    }
}
