package io.grassroots.assessment.ledger;

import io.grassroots.assessment.directory.Directory;
import io.grassroots.assessment.ledger.arithmetic.LedgerRow;
import io.grassroots.assessment.ledger.arithmetic.UnitMonth;
import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.web.Params;
import io.grassroots.platform.web.PlanYear;
import io.grassroots.platform.web.RegionCode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The burden ledger: department rows (signed in), a unit's months (the unit and those over it), the public red/black list. */
@Path("/api/burden")
public class LedgerResource {
    @Inject
    LedgerService ledger;
    @Inject
    CurrentCaller current;
    @Inject
    Directory directory;

    /** A unit's burden month by month. */
    public record UnitLedger(String unitCode, String name, int year, List<UnitMonth> months) {
    }

    @GET
    @Path("/departments")
    @Authenticated
    public List<LedgerRow> departments(@QueryParam("year") @PlanYear Integer year,
            @QueryParam("region") @RegionCode(digits = { 2, 4, 6 }) String region) {
        return ledger.departments(year, Params.text(region));
    }

    @GET
    @Path("/units/{code}")
    @Authenticated
    public UnitLedger unit(@PathParam("code") String code, @QueryParam("year") @PlanYear Integer year) {
        String name = directory.visibleUnit(code, current.get());
        return new UnitLedger(code, name, year, ledger.unit(code, year));
    }

    @GET
    @Path("/leaderboard")
    @PermitAll
    public Leaderboard leaderboard(@QueryParam("year") @PlanYear Integer year,
            @QueryParam("region") @RegionCode(digits = { 2, 4, 6 }) String region,
            @QueryParam("size") @Min(1) @Max(100) Integer size) {
        return ledger.leaderboard(year, Params.text(region), size == null ? 10 : size);
    }
}
