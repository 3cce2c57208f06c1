package io.grassroots.inspection.policy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.platform.json.JsonColumns;
import io.grassroots.platform.sql.JdbcStatements;
import io.grassroots.platform.sql.SqlArrays;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stored policy documents. */
@ApplicationScoped
public class PolicyRepository implements PanacheRepositoryBase<PolicyEntity, PolicyEntity.Key> {
    /**
     * A chain's documents in one round trip whatever its length: its codes go as one array parameter of a
     * constant statement, which Hibernate never translates (it translates a query with a list parameter again
     * on every execution, and this runs on every create and submit).
     */
    private static final String ALONG = "select region_code, cast(document as text) from policy "
            + "where year = ? and region_code = any(?)";
    private static final TypeReference<PolicyDocument> DOCUMENT = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    /**
     * The stored documents of a region chain in a year, in the chain's order (broadest first), a region
     * without one left out; read only, as the rules weigh them (every create and submit, #19). The rows are
     * read as they are in the transaction's database: a change of this transaction must have been flushed.
     */
    public List<PolicyDocument> along(List<String> chain, int year) {
        if (chain.isEmpty()) {
            return List.of();
        }
        Map<String, String> stored = new HashMap<>();
        for (Map.Entry<String, String> row : JdbcStatements.query(getEntityManager(), ALONG, select -> {
            select.setInt(1, year);
            SqlArrays.texts(select, 2, chain);
        }, row -> Map.entry(row.getString(1), row.getString(2)))) {
            stored.put(row.getKey(), row.getValue());
        }
        List<PolicyDocument> documents = new ArrayList<>();
        for (String code : chain) {
            String document = stored.get(code);
            if (document != null) {
                documents.add(JsonColumns.read(json, document, DOCUMENT));
            }
        }
        return documents;
    }
}
