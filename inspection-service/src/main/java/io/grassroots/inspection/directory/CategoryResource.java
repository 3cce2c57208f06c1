package io.grassroots.inspection.directory;

import io.grassroots.inspection.directory.DirectoryViews.CategoryView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** Inspection categories and their groups. */
@Path("/api/categories")
@Authenticated
public class CategoryResource {
    @Inject
    DirectoryQuery directory;

    @GET
    public List<CategoryView> list() {
        return directory.categories();
    }
}
