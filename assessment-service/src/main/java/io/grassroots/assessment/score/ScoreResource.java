package io.grassroots.assessment.score;

import io.grassroots.assessment.directory.Directory;
import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** A unit's assessment score with its inputs: for the unit, departments over it, and coordinators and auditors of its region. */
@Path("/api/assessment/scores")
@Authenticated
public class ScoreResource {
    @Inject
    ScoreService scores;
    @Inject
    CurrentCaller current;
    @Inject
    Directory directory;

    @GET
    @Path("/{unit}")
    public ScoreService.UnitScore score(@PathParam("unit") String unit, @QueryParam("year") Integer year) {
        int y = Params.year(year);
        directory.visibleUnit(unit, current.get());
        return scores.score(unit, y);
    }
}
