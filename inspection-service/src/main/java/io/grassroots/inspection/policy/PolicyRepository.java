package io.grassroots.inspection.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;

/** Stored policy documents. */
@ApplicationScoped
public class PolicyRepository implements PanacheRepositoryBase<PolicyEntity, PolicyEntity.Key> {
    /**
     * Three regions at a time, a province's chain (province, city, county) in one round trip: the codes are
     * bound one by one, not as a list, so the query keeps one translation (Hibernate translates a query with
     * a list parameter again on every execution); a shorter chain repeats its last code.
     */
    private static final int AT_ONCE = 3;
    private static final String ALONG = "select p from PolicyEntity p where p.key.year = :year "
            + "and p.key.regionCode in (:r0, :r1, :r2)";

    /**
     * The stored documents of a region chain in a year, in the chain's order (broadest first), a region
     * without one left out; read only, as the rules weigh them (every create and submit, #19).
     */
    public List<PolicyDocument> along(List<String> chain, int year) {
        Map<String, PolicyDocument> stored = new HashMap<>();
        for (int from = 0; from < chain.size(); from += AT_ONCE) {
            List<String> part = chain.subList(from, Math.min(chain.size(), from + AT_ONCE));
            var query = getEntityManager().createQuery(ALONG, PolicyEntity.class).setParameter("year", year)
                    .setHint(HibernateHints.HINT_READ_ONLY, true);
            for (int i = 0; i < AT_ONCE; i++) {
                query.setParameter("r" + i, part.get(Math.min(i, part.size() - 1)));
            }
            query.getResultList().forEach(p -> stored.put(p.key.regionCode(), p.document));
        }
        List<PolicyDocument> documents = new ArrayList<>();
        for (String code : chain) {
            PolicyDocument document = stored.get(code);
            if (document != null) {
                documents.add(document);
            }
        }
        return documents;
    }
}
