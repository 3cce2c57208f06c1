package io.grassroots.inspection.plan;

import io.grassroots.events.plan.PlanSubmissionRefusedV1;
import io.grassroots.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Records a refused submission as an event in a transaction of its own: the refusal rolls the plan
 * back (a rejected request changes nothing), yet the burden ledger must still count the attempt.
 */
@ApplicationScoped
public class SubmissionRefusals {
    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(PlanSubmissionRefusedV1 refusal) {
        outbox.publish(refusal);
    }
}
