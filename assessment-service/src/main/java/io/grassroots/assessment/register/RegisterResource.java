package io.grassroots.assessment.register;

import io.grassroots.assessment.register.RegisterViews.IndicatorView;
import io.grassroots.assessment.register.RegisterViews.VetoItemView;
import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import io.grassroots.platform.web.ValidationProblems;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The indicator register (everyone signed in reads it) and the public veto register; coordinators add to both. */
@Path("/api/assessment")
public class RegisterResource {
    @Inject
    Validator validator;
    @Inject
    RegisterService register;
    @Inject
    CurrentCaller current;

    @GET
    @Path("/indicators")
    @Authenticated
    public List<IndicatorView> indicators() {
        return register.indicators().stream().map(IndicatorView::of).toList();
    }

    @GET
    @Path("/indicators/{code}")
    @Authenticated
    public IndicatorView indicator(@PathParam("code") String code) {
        return register.indicator(code);
    }

    @POST
    @Path("/indicators")
    @RolesAllowed(Role.COORDINATOR_NAME)
    public Response registerIndicator(IndicatorInput input) {
        // Who may change the register is decided before what was sent: a county's coordinator gets 403.
        current.get().requireProvinceCoordinator("the assessment indicators");
        IndicatorView created = register.register(
                ValidationProblems.valid(validator, input, "an indicator is required"),
                current.get());
        return Response.created(URI.create("/api/assessment/indicators/" + created.code())).entity(created).build();
    }

    @GET
    @Path("/veto-items")
    @PermitAll
    public List<VetoItemView> vetoItems() {
        return register.vetoItems();
    }

    @GET
    @Path("/veto-items/{code}")
    @PermitAll
    public VetoItemView vetoItem(@PathParam("code") String code) {
        return register.vetoItem(code);
    }

    @POST
    @Path("/veto-items")
    @RolesAllowed(Role.COORDINATOR_NAME)
    public Response registerVetoItem(VetoItemInput input) {
        current.get().requireProvinceCoordinator("the veto register");
        VetoItemView created = register.register(ValidationProblems.valid(validator, input, "a veto item is required"),
                current.get());
        return Response.created(URI.create("/api/assessment/veto-items/" + created.code())).entity(created).build();
    }
}
