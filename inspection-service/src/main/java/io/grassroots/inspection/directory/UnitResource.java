package io.grassroots.inspection.directory;

import io.grassroots.inspection.directory.DirectoryViews.RegionView;
import io.grassroots.inspection.directory.DirectoryViews.UnitView;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.grassroots.platform.web.Params;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violations;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;

/** The directory of grassroots units and regions, for every signed-in user. */
@Path("/api")
@Authenticated
public class UnitResource {
    private static final Set<String> UNIT_LEVELS = Set.of("TOWNSHIP", "VILLAGE", "ENTERPRISE", "SCHOOL");
    private static final Set<String> REGION_LEVELS = Set.of("PROVINCE", "CITY", "COUNTY");

    @Inject
    DirectoryQuery directory;

    /** Units by direct parent, by any ancestor (under), by level, or by name or code prefix (q). */
    @GET
    @Path("/units")
    public Page<UnitView> list(@QueryParam("parent") String parent, @QueryParam("under") String under,
            @QueryParam("level") String level, @QueryParam("q") String q, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        Violations v = new Violations();
        if (level != null && !UNIT_LEVELS.contains(level)) {
            v.add("level", "ENUM", "level must be one of " + UNIT_LEVELS);
        }
        PageRequest paging = PageRequest.of(page, size);
        v.throwIfAny();
        return directory.units(Params.text(parent), Params.text(under), level, Params.text(q), paging);
    }

    @GET
    @Path("/units/{code}")
    public UnitView get(@PathParam("code") String code) {
        return directory.unit(code);
    }

    /** Provinces, cities and counties, by parent or level. */
    @GET
    @Path("/regions")
    public List<RegionView> regions(@QueryParam("parent") String parent, @QueryParam("level") String level) {
        if (level != null && !REGION_LEVELS.contains(level)) {
            throw ProblemException.invalid("level", "ENUM", "level must be one of " + REGION_LEVELS);
        }
        return directory.regions(Params.text(parent), level);
    }

    @GET
    @Path("/regions/{code}")
    public RegionView region(@PathParam("code") String code) {
        return directory.region(code);
    }

}
