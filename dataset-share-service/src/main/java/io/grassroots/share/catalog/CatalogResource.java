package io.grassroots.share.catalog;

import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.ValidationProblems;
import io.grassroots.platform.web.Violations;
import io.quarkus.security.Authenticated;
import io.grassroots.platform.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Arrays;

/** The data catalog: everyone signed in reads it; coordinators add indicators. */
@Path("/api/catalog/indicators")
@Authenticated
public class CatalogResource {
    @Inject
    CurrentCaller caller;

    private static final List<String> SENSITIVITIES = Arrays.stream(Sensitivity.values()).map(Enum::name).toList();
    private static final List<String> TYPES = Arrays.stream(ValueType.values()).map(Enum::name).toList();

    @Inject
    CatalogService catalog;
    @Inject
    Validator validator;

    @GET
    public List<IndicatorView> list() {
        return catalog.list();
    }

    @GET
    @Path("/{code}")
    public IndicatorView get(@PathParam("code") String code) {
        return catalog.get(code);
    }

    /** Replaces the other names departments' forms give the indicator (a province's coordinator keeps them). */
    @PUT
    @Path("/{code}/aliases")
    @RolesAllowed(Role.COORDINATOR_NAME)
    public IndicatorView aliases(@PathParam("code") String code, List<String> names) {
        caller.get().requireProvinceCoordinator("the data catalog");
        return catalog.replaceAliases(code, names, caller.get().subject());
    }

    @POST
    @RolesAllowed(Role.COORDINATOR_NAME)
    public Response create(IndicatorView request) {
        // Who may change the catalog is decided before what was sent: a county's coordinator gets 403 whatever the
        // body. So the shape declared on IndicatorView is checked here, not before the call as for other inputs.
        caller.get().requireProvinceCoordinator("the data catalog");
        ValidationProblems.valid(validator, request, "an indicator is required");
        // Then what the catalog says of a well-formed indicator: its words and the bounds' order.
        Violations v = new Violations();
        if (!SENSITIVITIES.contains(request.sensitivity())) {
            v.add("sensitivity", "ENUM", "sensitivity must be one of " + SENSITIVITIES);
        }
        if (!TYPES.contains(request.valueType())) {
            v.add("valueType", "ENUM", "valueType must be one of " + TYPES);
        }
        if (request.minValue() != null && request.maxValue() != null
                && request.minValue().compareTo(request.maxValue()) > 0) {
            v.add("maxValue", "RANGE", "maxValue is below minValue");
        }
        v.throwIfAny();
        IndicatorView created = catalog.create(request);
        return Response.created(URI.create("/api/catalog/indicators/" + created.code())).entity(created).build();
    }
}
