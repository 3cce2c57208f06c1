package io.grassroots.platform.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of entities narrowed by JPQL conditions and read a page at a time with its total: each condition
 * and its parameter are named once and bound to both the page's query and the count, so the two never
 * disagree.
 */
public final class JpqlFilter {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition that takes no parameter. */
    public JpqlFilter and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition and the value of the one named parameter it uses (it may use it more than once). */
    public JpqlFilter and(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /**
     * The page of {@code select alias from Entity alias where … order by orderBy}, and how many match in
     * all; the conditions name the entity by {@code alias}.
     */
    public <E> Page<E> page(EntityManager em, Class<E> entity, String alias, String orderBy, PageRequest page) {
        String from = " from " + em.getMetamodel().entity(entity).getName() + " " + alias
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        TypedQuery<E> rows = em.createQuery("select " + alias + from + " order by " + orderBy, entity);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<E> items = rows.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }
}
