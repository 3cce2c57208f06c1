package io.grassroots.share.request;

import io.grassroots.events.data.RequestAnsweredV1;
import io.grassroots.events.data.TaskFulfilledV1;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.share.data.DataValue;
import io.grassroots.share.task.Task;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * When a value arrives, every request field waiting on it is answered and its task field closed; a
 * task with no open field is fulfilled, a request with no pending field is answered.
 */
@ApplicationScoped
public class PendingAnswers {
    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void answer(DataValue value) {
        Instant now = Instant.now(clock);
        List<UUID> requests = em.createNativeQuery("update request_field rf set status = 'ANSWERED', value_id = :v, "
                + "answered_from = case when rf.task_id is not null and :src = 'UNIT_REPORT' then 'TASK' else 'SHARED' end "
                + "from data_request r where r.id = rf.request_id and rf.unit_code = :u and rf.indicator = :i "
                + "and rf.status = 'PENDING' and r.period = :p returning rf.request_id", UUID.class)
                .setParameter("v", value.id).setParameter("src", value.source).setParameter("u", value.unitCode).setParameter("i", value.indicator)
                .setParameter("p", value.period).getResultList();
        List<UUID> tasks = em.createNativeQuery("update task_field set open = false where unit_code = :u "
                + "and indicator = :i and period = :p and open returning task_id", UUID.class)
                .setParameter("u", value.unitCode).setParameter("i", value.indicator).setParameter("p", value.period)
                .getResultList();
        for (UUID taskId : new LinkedHashSet<>(tasks)) {
            long open = ((Number) em.createNativeQuery("select count(*) from task_field where task_id = :t and open")
                    .setParameter("t", taskId).getSingleResult()).longValue();
            Task task = em.find(Task.class, taskId);
            if (open == 0 && task != null && "OPEN".equals(task.status)) {
                task.status = "FULFILLED";
                task.fulfilledAt = now;
                outbox.publish(new TaskFulfilledV1(task.id.toString(), task.unitCode, task.period,
                        em.createNativeQuery("select indicator from task_field where task_id = :t order by indicator",
                                String.class).setParameter("t", taskId).getResultList(), now));
            }
        }
        for (UUID requestId : new LinkedHashSet<>(requests)) {
            completeIfAnswered(em.find(DataRequest.class, requestId), now);
        }
    }

    /** Marks the request answered and announces it once no field is pending. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void completeIfAnswered(DataRequest request, Instant now) {
        if (request == null || !"OPEN".equals(request.status)) {
            return;
        }
        long pending = ((Number) em.createNativeQuery("select count(*) from request_field where request_id = :r "
                + "and status = 'PENDING'").setParameter("r", request.id).getSingleResult()).longValue();
        if (pending > 0) {
            return;
        }
        request.status = "ANSWERED";
        request.answeredAt = now;
        outbox.publish(new RequestAnsweredV1(request.id.toString(), request.departmentId, request.fieldsTotal,
                request.answeredShared, request.fieldsTotal - request.answeredShared, now));
    }

}
