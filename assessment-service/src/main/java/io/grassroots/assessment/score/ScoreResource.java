package io.grassroots.assessment.score;

import io.grassroots.assessment.directory.Directory;
import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.web.PlanYear;
import io.grassroots.platform.web.RegionCode;
import io.quarkus.security.Authenticated;
import io.grassroots.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * A unit's assessment score with its inputs (for the unit, departments over it, and coordinators and
 * auditors of its region), and the publication of a region's scores by its coordinating office.
 */
@Path("/api/assessment/scores")
@Authenticated
public class ScoreResource {
    @Inject
    ScoreService scores;
    @Inject
    CurrentCaller current;
    @Inject
    Directory directory;

    @Inject
    ScorePublisher publisher;

    @GET
    @Path("/{unit}")
    @Operation(summary = "A unit's score for a year, computed now, with every input and what was last published")
    public ScoreService.UnitScore score(@PathParam("unit") String unit, @QueryParam("year") @PlanYear Integer year) {
        directory.visibleUnit(unit, current.get());
        return scores.score(unit, year);
    }

    @POST
    @Path("/{region}/{year}/publish")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(summary = "Publish the year's scores of every unit in your region that has input; "
            + "publishing again announces only the changed ones")
    public ScorePublisher.Publication publish(@PathParam("region") @RegionCode(digits = { 2, 4, 6, 9 }) String region,
            @PathParam("year") @PlanYear Integer year) {
        return publisher.publish(region, year, current.get());
    }
}
