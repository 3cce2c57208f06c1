package io.grassroots.assessment.feedback;

import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** A unit's ratings of the visits and data requests it received. */
@Path("/api/feedback")
@RolesAllowed(Role.UNIT_NAME)
public class FeedbackResource {
    @Inject
    FeedbackService feedback;
    @Inject
    CurrentCaller current;

    @POST
    public Response rate(
            @Valid @ConvertGroup(to = FeedbackInput.New.class) @NotNull(
                    message = "a rating is required") FeedbackInput input) {
        FeedbackView created = feedback.rate(input, current.get());
        return Response.created(URI.create("/api/feedback/" + created.id())).entity(created).build();
    }

    @GET
    public List<FeedbackView> mine() {
        return feedback.mine(current.get());
    }

    @GET
    @Path("/{id}")
    public FeedbackView get(@PathParam("id") String id) {
        return feedback.get(Params.id(id, "feedback"), current.get());
    }

    @PUT
    @Path("/{id}")
    public FeedbackView change(@PathParam("id") String id,
            @Valid @NotNull(message = "a rating is required") FeedbackInput input) {
        return feedback.change(Params.id(id, "feedback"), input, current.get());
    }
}
