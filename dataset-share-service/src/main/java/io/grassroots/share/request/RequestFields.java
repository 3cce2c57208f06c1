package io.grassroots.share.request;

import io.grassroots.platform.sql.SqlArrays;
import io.grassroots.share.data.ValueQuery;
import io.grassroots.share.data.ValueSource;
import io.grassroots.share.data.ValueStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The fields of data requests (table request_field): written once when a request is filed, and
 * answered when a value for them is stored. The only writer of request_field.
 */
@ApplicationScoped
class RequestFields {
    @Inject
    EntityManager em;
    @Inject
    ValueQuery valueQuery;

    /**
     * Writes a new request's fields in one statement, after the request row they refer to: each field column
     * goes as one array, so the statement's text is the same whatever the number of fields.
     */
    void insert(UUID request, List<RequestField> fields) {
        // The request's row and a task just opened are in their tables before these rows refer to them.
        em.flush();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into request_field (request_id, "
                    + "unit_code, indicator, status, answered_from, value_id, task_id) select ?, u, i, s, a, v, "
                    + "t::uuid from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int8[], ?::text[]) "
                    + "f(u, i, s, a, v, t)")) {
                insert.setObject(1, request);
                SqlArrays.texts(insert, 2, fields, RequestField::unit);
                SqlArrays.texts(insert, 3, fields, RequestField::indicator);
                SqlArrays.texts(insert, 4, fields, f -> f.status().name());
                SqlArrays.texts(insert, 5, fields, f -> f.answeredFrom() == null ? null : f.answeredFrom().name());
                SqlArrays.longs(insert, 6, fields, RequestField::valueId);
                SqlArrays.texts(insert, 7, fields, f -> f.taskId() == null ? null : f.taskId().toString());
                insert.executeUpdate();
            }
        });
    }

    /**
     * Answers the pending fields the stored values are for, in one statement; the requests they belong to.
     * Of two values of one field, the first answers it, as when they are stored one after the other.
     */
    List<UUID> answer(List<ValueStored> values) {
        Map<String, ValueStored> first = new LinkedHashMap<>();
        values.forEach(v -> first.putIfAbsent(v.unitCode() + "|" + v.indicator() + "|" + v.period(), v));
        List<ValueStored> answering = List.copyOf(first.values());
        List<UUID> requests = new ArrayList<>();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            // A unit's own report answers the task its field waited on; any other value is shared data.
            try (PreparedStatement answer = connection.prepareStatement("update request_field rf set status = ?, "
                    + "value_id = f.v, answered_from = case when rf.task_id is not null and f.by_unit then ? else ? end "
                    + "from data_request r, unnest(?::text[], ?::text[], ?::text[], ?::int8[], ?::bool[]) "
                    + "f(u, i, p, v, by_unit) where r.id = rf.request_id and rf.unit_code = f.u "
                    + "and rf.indicator = f.i and rf.status = ? and r.period = f.p returning rf.request_id")) {
                answer.setString(1, FieldStatus.ANSWERED.name());
                answer.setString(2, AnsweredFrom.TASK.name());
                answer.setString(3, AnsweredFrom.SHARED.name());
                SqlArrays.texts(answer, 4, answering, ValueStored::unitCode);
                SqlArrays.texts(answer, 5, answering, ValueStored::indicator);
                SqlArrays.texts(answer, 6, answering, ValueStored::period);
                SqlArrays.longs(answer, 7, answering, ValueStored::valueId);
                SqlArrays.booleans(answer, 8, answering, v -> v.source() == ValueSource.UNIT_REPORT);
                answer.setString(9, FieldStatus.PENDING.name());
                try (ResultSet rows = answer.executeQuery()) {
                    while (rows.next()) {
                        requests.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        return requests;
    }

    /** How many of the request's fields still wait on a unit. */
    long pending(UUID request) {
        return ((Number) em.createNativeQuery("select count(*) from request_field where request_id = :r "
                + "and status = :pending").setParameter("r", request)
                .setParameter("pending", FieldStatus.PENDING.name())
                .getSingleResult()).longValue();
    }

    /** The request's fields with the value that answered each, by unit and indicator. */
    @SuppressWarnings("unchecked")
    List<DataRequestView.Field> view(UUID request) {
        List<Tuple> rows = em.createNativeQuery("select unit_code as unit, indicator, status, answered_from, value_id, "
                + "task_id from request_field where request_id = :r order by unit_code, indicator", Tuple.class)
                .setParameter("r", request).getResultList();
        Map<Long, ValueQuery.Stored> values = valueQuery.byIds(rows.stream().map(r -> r.get("value_id", Number.class))
                .filter(Objects::nonNull).map(Number::longValue).collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            String from = r.get("answered_from", String.class);
            Number id = r.get("value_id", Number.class);
            ValueQuery.Stored v = id == null ? null : values.get(id.longValue());
            return new DataRequestView.Field(r.get("unit", String.class), r.get("indicator", String.class),
                    FieldStatus.valueOf(r.get("status", String.class)),
                    from == null ? null : AnsweredFrom.valueOf(from),
                    v == null ? null : v.value(), v == null ? null : v.version(), v == null ? null : v.source(),
                    v == null ? null : v.reportedAt(), r.get("task_id", UUID.class));
        }).toList();
    }
}
