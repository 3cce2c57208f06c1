package io.grassroots.inspection.directory;

import io.grassroots.inspection.directory.DirectoryViews.RegionView;
import io.grassroots.inspection.directory.DirectoryViews.UnitView;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.OneOf;
import io.grassroots.platform.web.Paging;
import io.grassroots.platform.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The directory of grassroots units and regions, for every signed-in user. */
@Path("/api")
@Authenticated
public class UnitResource {
    /** The levels of a unit the list may be narrowed to. */
    enum UnitLevel {
        TOWNSHIP, VILLAGE, ENTERPRISE, SCHOOL
    }

    @Inject
    DirectoryQuery directory;

    /** Units by direct parent, by any ancestor (under), by level, or by name or code prefix (q). */
    @GET
    @Path("/units")
    public Page<UnitView> list(@QueryParam("parent") String parent, @QueryParam("under") String under,
            @QueryParam("level") @OneOf(UnitLevel.class) String level, @QueryParam("q") String q,
            @Valid @BeanParam Paging paging) {
        return directory.units(Params.text(parent), Params.text(under), Params.text(level), Params.text(q),
                paging.request());
    }

    @GET
    @Path("/units/{code}")
    public UnitView get(@PathParam("code") String code) {
        return directory.unit(code);
    }

    /** Provinces, cities and counties, by parent or level. */
    @GET
    @Path("/regions")
    public List<RegionView> regions(@QueryParam("parent") String parent,
            @QueryParam("level") @OneOf(RegionLevel.class) String level) {
        return directory.regions(Params.text(parent), Params.text(level));
    }

    @GET
    @Path("/regions/{code}")
    public RegionView region(@PathParam("code") String code) {
        return directory.region(code);
    }

}
