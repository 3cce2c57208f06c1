package io.grassroots.inspection.outbox;

import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.platform.outbox.Outbox;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Test only: a change that writes a small event and then one over the outbox's limit, as a plan over
 * more units than a whole country would. No real endpoint can make such an event with the default limit.
 */
@Path("/test/oversize-change/{key}")
public class OversizeChangeResource {
    @Inject
    Outbox outbox;

    @POST
    @Transactional
    public void change(@PathParam("key") String key) {
        outbox.publish(new UnitUpsertedV1(key, "测试单位", "VILLAGE", "450102001", "450102", "4501", "45"));
        outbox.publish(BigPlanEvents.approved(key, 1_200_000));
    }
}
