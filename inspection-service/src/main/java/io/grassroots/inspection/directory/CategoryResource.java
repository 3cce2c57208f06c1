package io.grassroots.inspection.directory;

import io.grassroots.inspection.directory.DirectoryViews.CategoryView;
import io.quarkus.panache.common.Sort;
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
    CategoryRepository categories;

    @GET
    public List<CategoryView> list() {
        return categories.listAll(Sort.by("group").and("code")).stream().map(CategoryView::of).toList();
    }
}
