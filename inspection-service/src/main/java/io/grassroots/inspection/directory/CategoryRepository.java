package io.grassroots.inspection.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads inspection categories. */
@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, String> {
}
