package io.grassroots.inspection.visit;

import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.Params;
import io.grassroots.platform.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import io.grassroots.platform.web.IsoDate;
import io.grassroots.platform.web.OneOf;
import io.grassroots.platform.web.Paging;
import io.grassroots.platform.web.PlanYear;
import io.grassroots.platform.web.RegionCode;
import jakarta.ws.rs.BeanParam;

/** Scheduling runs, joint visits and unit calendars. */
@Path("/api")
@Authenticated
public class VisitResource {
    @Inject
    ScheduleService schedules;
    @Inject
    VisitService visits;
    @Inject
    VisitQuery query;
    @Inject
    CurrentCaller caller;
    @Inject
    LastScheduleRun lastRun;

    /** Runs the merge engine over the region's approved plans of the year. */
    @POST
    @Path("/schedule/{region}/{year}")
    @RolesAllowed(Role.COORDINATOR_NAME)
    public ScheduleSummary schedule(@PathParam("region") String region, @PathParam("year") @PlanYear int year) {
        return schedules.schedule(region, year, caller.get());
    }

    /** The region's last run of the year: who ran it, when, and its summary; 404 before the first. */
    @GET
    @Path("/schedule/{region}/{year}")
    @RolesAllowed({ Role.COORDINATOR_NAME, Role.AUDITOR_NAME })
    public LastScheduleRun.View lastRun(@PathParam("region") String region, @PathParam("year") @PlanYear int year) {
        return lastRun.of(region, year, caller.get());
    }

    @GET
    @Path("/visits")
    public Page<VisitView> list(@QueryParam("unit") String unit, @QueryParam("department") String department,
            @QueryParam("from") @IsoDate String from, @QueryParam("to") @IsoDate String to,
            @QueryParam("status") @OneOf(VisitStatus.class) String status,
            @QueryParam("region") @RegionCode String region, @Valid @BeanParam Paging paging) {
        return query.list(caller.get(), VisitFilter.of(unit, department, from, to, status, region), paging.request());
    }

    @GET
    @Path("/visits/{id}")
    public VisitView get(@PathParam("id") String id) {
        return query.get(Params.id(id, "visit"), caller.get());
    }

    @POST
    @Path("/visits/{id}/confirm")
    @RolesAllowed(Role.COORDINATOR_NAME)
    public VisitView confirm(@PathParam("id") String id) {
        return visits.confirm(Params.id(id, "visit"), caller.get());
    }

    @POST
    @Path("/visits/{id}/results")
    @RolesAllowed(Role.TEAM_NAME)
    public VisitView results(@PathParam("id") String id,
            @Valid @NotNull(message = "results for at least one plan are required") ResultRequest request) {
        return visits.record(Params.id(id, "visit"), request, caller.get());
    }

    /** The unit's visits of a year by month: for the unit itself and the coordinators above it. */
    @GET
    @Path("/units/{code}/calendar")
    @RolesAllowed({ Role.UNIT_NAME, Role.COORDINATOR_NAME, Role.AUDITOR_NAME })
    public Map<String, List<VisitView>> calendar(@PathParam("code") String code, @QueryParam("year") Integer year) {
        if (year == null) {
            throw ProblemException.invalid("year", "REQUIRED", "year is required");
        }
        return query.calendar(code, year, caller.get());
    }
}
