package io.grassroots.assessment.ledger;

import io.grassroots.assessment.directory.Directory;
import io.grassroots.assessment.ledger.arithmetic.LedgerRow;
import io.grassroots.assessment.ledger.arithmetic.UnitMonth;
import io.grassroots.platform.security.CurrentCaller;
import io.grassroots.platform.web.Params;
import io.grassroots.platform.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
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
    public List<LedgerRow> departments(@QueryParam("year") Integer year, @QueryParam("region") String region) {
        return ledger.departments(Params.year(year), region(region));
    }

    @GET
    @Path("/units/{code}")
    @Authenticated
    public UnitLedger unit(@PathParam("code") String code, @QueryParam("year") Integer year) {
        int y = Params.year(year);
        String name = directory.visibleUnit(code, current.get());
        return new UnitLedger(code, name, y, ledger.unit(code, y));
    }

    @GET
    @Path("/leaderboard")
    @PermitAll
    public Leaderboard leaderboard(@QueryParam("year") Integer year, @QueryParam("region") String region,
            @QueryParam("size") Integer size) {
        int n = size == null ? 10 : size;
        if (n < 1 || n > 100) {
            throw ProblemException.invalid("size", "RANGE", "size must be from 1 to 100, was " + n);
        }
        return ledger.leaderboard(Params.year(year), region(region), n);
    }

    private static String region(String region) {
        String r = Params.text(region);
        if (r != null && !r.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw ProblemException.invalid("region", "FORMAT", "region must be a 2-, 4- or 6-digit code, was " + r);
        }
        return r;
    }
}
