package io.grassroots.inspection.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored policy documents. */
@ApplicationScoped
public class PolicyRepository implements PanacheRepositoryBase<PolicyEntity, PolicyEntity.Key> {
}
