package io.grassroots.inspection.calendar;

import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import io.grassroots.platform.web.PlanYear;

/** The official holiday arrangement of a year: everyone signed in reads it, a province's coordinator loads it. */
@Path("/api/calendar/{year}")
@Authenticated
public class CalendarResource {
    @Inject
    CalendarService service;
    @Inject
    CurrentCaller caller;

    @GET
    public CalendarView get(@PathParam("year") @PlanYear int year) {
        return service.get(year, caller.get());
    }

    @PUT
    @RolesAllowed(Role.COORDINATOR_NAME)
    public CalendarView put(@PathParam("year") @PlanYear int year,
            @Valid @NotNull(
                    message = "an arrangement {holidays, workdays, source} is required") CalendarRequest request) {
        return service.put(year, request, caller.get());
    }
}
