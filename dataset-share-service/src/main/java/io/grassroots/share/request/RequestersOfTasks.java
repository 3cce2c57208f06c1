package io.grassroots.share.request;

import io.grassroots.share.task.Requesters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** The departments whose requests have fields waiting on a task, read from the requests' own tables. */
@ApplicationScoped
public class RequestersOfTasks implements Requesters {
    @Inject
    EntityManager em;

    @Override
    public List<String> of(UUID taskId) {
        return em.createNativeQuery("select distinct r.department_id from request_field f join data_request r "
                + "on r.id = f.request_id where f.task_id = :t order by 1", String.class)
                .setParameter("t", taskId).getResultList();
    }
}
