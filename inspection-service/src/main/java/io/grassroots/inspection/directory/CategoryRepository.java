package io.grassroots.inspection.directory;

import io.grassroots.inspection.directory.PlacementDirectoryQuery.CategoryGroup;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads inspection categories. */
@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, String> {
    /**
     * Categories as plans need them, each read once: they come with the schema's migrations and never change
     * while the service runs, and every create, submit and decision asked for its plan's (#19). Only
     * categories that exist are kept.
     */
    private final Map<String, CategoryGroup> known = new ConcurrentHashMap<>();

    /** The category of this code with its group, if it exists. */
    public Optional<CategoryGroup> group(String code) {
        if (code == null) {
            return Optional.empty();
        }
        CategoryGroup cached = known.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Category category = findById(code);
        if (category == null) {
            return Optional.empty();
        }
        CategoryGroup read = new CategoryGroup(category.code, category.group);
        known.put(code, read);
        return Optional.of(read);
    }
}
