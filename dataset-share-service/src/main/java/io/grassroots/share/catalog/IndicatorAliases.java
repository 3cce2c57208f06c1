package io.grassroots.share.catalog;

import io.grassroots.platform.web.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The other names departments' forms give an indicator (安全生产事故起数 for 生产安全事故起数): one
 * alias names one indicator, and none may be another indicator's name, so that a header never matches two.
 */
@ApplicationScoped
public class IndicatorAliases {
    private static final int MAX_ALIASES = 50;

    @Inject
    EntityManager em;

    /** Every indicator's aliases. */
    @Transactional
    public Map<String, List<String>> all() {
        Map<String, List<String>> all = new HashMap<>();
        em.createNativeQuery("select indicator, alias from indicator_alias order by indicator, alias", Tuple.class)
                .getResultStream().forEach(row -> {
                    Tuple r = (Tuple) row;
                    all.computeIfAbsent(r.get("indicator", String.class), k -> new ArrayList<>())
                            .add(r.get("alias", String.class));
                });
        return all;
    }

    @Transactional
    public List<String> of(String code) {
        return em
                .createNativeQuery("select alias from indicator_alias where indicator = :c order by alias",
                        String.class)
                .setParameter("c", code).getResultList();
    }

    /** Replaces an indicator's aliases; refuses one that is taken or names another indicator. */
    @Transactional
    public List<String> replace(Indicator indicator, List<String> names, String by) {
        Violations v = new Violations();
        if (names == null) {
            v.add("body", "REQUIRED", "a list of aliases is required (an empty list removes them all)");
            v.throwIfAny();
        }
        if (names.size() > MAX_ALIASES) {
            v.add("body", "MAX_SIZE", "at most " + MAX_ALIASES + " aliases per indicator");
            v.throwIfAny();
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        Map<String, String> taken = takenKeys(indicator.code);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            String key = NameKeys.fold(name);
            String field = "[" + i + "]";
            if (key.isEmpty()) {
                v.add(field, "REQUIRED", "an alias needs letters or characters");
            } else if (name.length() > 100) {
                v.add(field, "MAX_LENGTH", "an alias has at most 100 characters");
            } else if (byKey.containsKey(key)) {
                v.add(field, "UNIQUE", name + " is listed twice");
            } else if (taken.containsKey(key)) {
                v.add(field, "ALIAS_TAKEN", name + " already names " + taken.get(key));
            } else {
                byKey.put(key, name);
            }
        }
        v.throwIfAny();
        em.createNativeQuery("delete from indicator_alias where indicator = :c").setParameter("c", indicator.code)
                .executeUpdate();
        byKey.forEach((key, name) -> em.createNativeQuery("insert into indicator_alias (indicator, alias, alias_key, "
                + "created_by) values (:c, :a, :k, :b)").setParameter("c", indicator.code).setParameter("a", name)
                .setParameter("k", key).setParameter("b", by).executeUpdate());
        return of(indicator.code);
    }

    /** The folded names and aliases of the other indicators, each with the indicator it names. */
    private Map<String, String> takenKeys(String code) {
        Map<String, String> taken = new HashMap<>();
        em.createNativeQuery("select code, name from indicator where code <> :c", Tuple.class).setParameter("c", code)
                .getResultStream().forEach(row -> {
                    Tuple r = (Tuple) row;
                    taken.put(NameKeys.fold(r.get("name", String.class)), r.get("code", String.class));
                    taken.put(NameKeys.fold(r.get("code", String.class)), r.get("code", String.class));
                });
        em.createNativeQuery("select alias_key, indicator from indicator_alias where indicator <> :c", Tuple.class)
                .setParameter("c", code).getResultStream().forEach(row -> {
                    Tuple r = (Tuple) row;
                    taken.put(r.get("alias_key", String.class), r.get("indicator", String.class));
                });
        return taken;
    }
}
