package io.grassroots.share.catalog;

import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.ValidationProblems;
import io.grassroots.platform.web.Violations;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.grassroots.platform.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The data catalog: everyone signed in reads it; coordinators add indicators. */
@Path("/api/catalog/indicators")
@Authenticated
public class CatalogResource {
    @Inject
    CurrentCaller caller;

    private static final Set<String> SENSITIVITIES = Set.of("PUBLIC", "INTERNAL", "RESTRICTED");
    private static final Set<String> TYPES = Set.of("INTEGER", "DECIMAL");

    @Inject
    IndicatorRepository indicators;
    @Inject
    IndicatorCache cache;

    @Inject
    IndicatorAliases aliases;
    @Inject
    Validator validator;

    @GET
    public List<IndicatorView> list() {
        Map<String, List<String>> all = aliases.all();
        return indicators.listAll(Sort.by("code")).stream()
                .map(i -> IndicatorView.of(i, all.getOrDefault(i.code, List.of()))).toList();
    }

    @GET
    @Path("/{code}")
    public IndicatorView get(@PathParam("code") String code) {
        return indicators.findByIdOptional(code).map(i -> IndicatorView.of(i, aliases.of(i.code)))
                .orElseThrow(() -> ProblemException.notFound("indicator " + code));
    }

    /** Replaces the other names departments' forms give the indicator (a province's coordinator keeps them). */
    @PUT
    @Path("/{code}/aliases")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Transactional
    public IndicatorView aliases(@PathParam("code") String code, List<String> names) {
        caller.get().requireProvinceCoordinator("the data catalog");
        Indicator indicator = indicators.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("indicator " + code));
        return IndicatorView.of(indicator, aliases.replace(indicator, names, caller.get().subject()));
    }

    @POST
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Transactional
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
        if (indicators.findById(request.code()) != null) {
            throw ProblemException.conflict("UNIQUE", "indicator " + request.code() + " exists already");
        }
        Indicator i = new Indicator();
        i.code = request.code();
        i.name = request.name().trim();
        i.unitOfMeasure = request.unitOfMeasure().trim();
        i.ownerDepartment = request.ownerDepartment();
        i.freshnessDays = request.freshnessDays();
        i.sensitivity = request.sensitivity();
        i.valueType = request.valueType();
        i.minValue = request.minValue();
        i.maxValue = request.maxValue();
        i.minutesPerField = request.minutesPerField() == null ? 5 : request.minutesPerField();
        i.grantedDepartments = String.join(",", request.grantedDepartments() == null ? List.of()
                : request.grantedDepartments());
        i.grantedGroups = String.join(",", request.grantedGroups() == null ? List.of() : request.grantedGroups());
        i.createdAt = Instant.now();
        indicators.persist(i);
        cache.forget(i.code);
        return Response.created(URI.create("/api/catalog/indicators/" + i.code)).entity(IndicatorView.of(i, List.of())).build();
    }
}
