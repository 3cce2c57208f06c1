package io.grassroots.inspection.directory;

import io.grassroots.inspection.directory.DirectoryViews.CategoryView;
import io.grassroots.inspection.directory.DirectoryViews.DepartmentView;
import io.grassroots.inspection.directory.DirectoryViews.RegionView;
import io.grassroots.inspection.directory.DirectoryViews.UnitView;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.grassroots.platform.web.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The directory as the API reads it: units, regions, departments and categories as views; 404 for unknown ones. */
@ApplicationScoped
public class DirectoryQuery {
    @Inject
    UnitRepository units;
    @Inject
    RegionRepository regions;
    @Inject
    DepartmentRepository departments;
    @Inject
    CategoryRepository categories;

    /** Units by direct parent, by any ancestor, by level, or by name or code prefix (null for any). */
    public Page<UnitView> units(String parent, String under, String level, String q, PageRequest paging) {
        return units.search(parent, under, level, q, paging).map(UnitView::of);
    }

    public UnitView unit(String code) {
        return units.findByIdOptional(code).map(UnitView::of)
                .orElseThrow(() -> ProblemException.notFound("unit " + code));
    }

    /** Regions by parent or level (null for any). */
    public List<RegionView> regions(String parent, String level) {
        return regions.children(parent, level).stream().map(RegionView::of).toList();
    }

    public RegionView region(String code) {
        return regions.findByIdOptional(code).map(RegionView::of)
                .orElseThrow(() -> ProblemException.notFound("region " + code));
    }

    /** Departments by region, level or name (null for any). */
    public Page<DepartmentView> departments(String region, String level, String q, PageRequest paging) {
        return departments.search(region, level, q, paging).map(DepartmentView::of);
    }

    public DepartmentView department(String id) {
        return departments.findByIdOptional(id).map(DepartmentView::of)
                .orElseThrow(() -> ProblemException.notFound("department " + id));
    }

    /** Every category, by group and code. */
    public List<CategoryView> categories() {
        return categories.listAll(Sort.by("group").and("code")).stream().map(CategoryView::of).toList();
    }
}
