package io.grassroots.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.events.PlatformEvent;
import io.grassroots.platform.sql.CopyRows;
import io.grassroots.platform.sql.SqlArrays;
import io.grassroots.platform.trace.EventTrace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Puts events into the outbox inside the caller's transaction, so they commit with the change or not
 * at all, each with the trace and request id of the work that wrote it ({@link EventTrace}). Rows are
 * written in id order, which is the order the relay publishes them in. An event larger than
 * outbox.max-event-bytes is refused with {@link EventTooLargeException} before anything is written.
 */
@ApplicationScoped
public class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class);
    /**
     * The rows in one statement, their ids taken from the sequence first and handed out in ascending order
     * by the events' positions: the relay publishes in id order, and an insert's own order of evaluation
     * is not something PostgreSQL promises.
     */
    private static final String INSERT = "insert into outbox_event (id, event_id, topic, event_key, event_type, "
            + "subject, payload, created_at, trace_parent, request_id) select i.id, cast(e.event_id as uuid), "
            + "e.topic, e.event_key, e.event_type, e.subject, e.payload, cast(? as timestamptz), e.trace_parent, "
            + "e.request_id from unnest(?, ?, ?, ?, ?, ?, ?, ?) with ordinality as e(event_id, topic, event_key, "
            + "event_type, subject, payload, trace_parent, request_id, n) join (select id, row_number() over "
            + "(order by id) as n from (select nextval('outbox_event_id_seq') as id from generate_series(1, ?)) s) i "
            + "on i.n = e.n";
    /** From this many events a change's rows go by COPY: one statement's array parameters cost more (#19). */
    static final int COPY_FROM = 100;

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    OutboxConfig config;
    @Inject
    RelayWake wake;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(PlatformEvent event) {
        publishAll(List.of(event));
    }

    /**
     * Several events of one change in one statement (one round trip instead of one per event), or from
     * {@link #COPY_FROM} events by COPY.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<? extends PlatformEvent> events) {
        if (!events.isEmpty()) {
            em.unwrap(org.hibernate.Session.class).doWork(connection -> write(connection, events));
            wake.afterCommit();
        }
    }

    /**
     * As {@link #publishAll(List)}, each event with the trace of the work that caused it (a batch's
     * records each have their own); a null trace is the current one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<? extends PlatformEvent> events, List<EventTrace> traces) {
        if (traces.size() != events.size()) {
            throw new IllegalArgumentException(events.size() + " events, " + traces.size() + " traces");
        }
        if (!events.isEmpty()) {
            em.unwrap(org.hibernate.Session.class).doWork(connection -> write(connection, events, traces));
            wake.afterCommit();
        }
    }

    /** Writes the events on a connection the caller holds in its own transaction (bulk seeding). */
    public void write(Connection connection, List<? extends PlatformEvent> events) throws SQLException {
        write(connection, events, null);
    }

    private void write(Connection connection, List<? extends PlatformEvent> events, List<EventTrace> traces)
            throws SQLException {
        // Every event is measured before the first row is written, so that a refusal writes none of them.
        List<String> payloads = new ArrayList<>(events.size());
        for (PlatformEvent event : events) {
            payloads.add(checkedJson(event));
        }
        // In microseconds, as PostgreSQL keeps it: both ways of writing then store the same instant.
        Timestamp now = Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        // The relay sends the events later, outside this request: they keep its trace and request id.
        EventTrace current = EventTrace.current();
        List<Row> rows = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            EventTrace trace = traces == null || traces.get(i) == null ? current : traces.get(i);
            rows.add(new Row(events.get(i), payloads.get(i), trace));
        }
        if (rows.size() >= COPY_FROM) {
            copy(connection, rows, now);
        } else {
            insert(connection, rows, now);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%d event(s) into the outbox: %s", events.size(),
                    events.stream().map(PlatformEvent::eventType).distinct().toList());
        }
    }

    /** One statement however many events (#19): each column goes as one array. */
    private static void insert(Connection connection, List<Row> rows, Timestamp now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setTimestamp(1, now);
            SqlArrays.textColumns(insert, 2).column(rows, r -> UUID.randomUUID()).column(rows, r -> r.event().topic())
                    .column(rows, r -> r.event().subject()).column(rows, r -> r.event().eventType())
                    .column(rows, r -> r.event().subject()).column(rows, Row::payload)
                    .column(rows, r -> r.trace().traceparent()).column(rows, r -> r.trace().requestId());
            insert.setInt(10, rows.size());
            insert.executeUpdate();
        }
    }

    /** The rows by COPY, their ids taken from the sequence first and given out ascending in the events' order. */
    private static void copy(Connection connection, List<Row> rows, Timestamp now) throws SQLException {
        long[] ids = new long[rows.size()];
        try (PreparedStatement next = connection.prepareStatement(
                "select nextval('outbox_event_id_seq') from generate_series(1, ?)")) {
            next.setInt(1, rows.size());
            try (ResultSet taken = next.executeQuery()) {
                for (int i = 0; taken.next(); i++) {
                    ids[i] = taken.getLong(1);
                }
            }
        }
        Arrays.sort(ids);
        List<Numbered> numbered = new ArrayList<>(rows.size());
        for (int i = 0; i < ids.length; i++) {
            numbered.add(new Numbered(ids[i], rows.get(i)));
        }
        String at = now.toInstant().toString();
        CopyRows.into("outbox_event", numbered).column("id", Numbered::id)
                .column("event_id", n -> UUID.randomUUID()).column("topic", n -> n.row().event().topic())
                .column("event_key", n -> n.row().event().subject())
                .column("event_type", n -> n.row().event().eventType())
                .column("subject", n -> n.row().event().subject()).column("payload", n -> n.row().payload())
                .column("created_at", n -> at).column("trace_parent", n -> n.row().trace().traceparent())
                .column("request_id", n -> n.row().trace().requestId()).write(connection);
    }

    /**
     * The event as JSON, refused when it is larger than the producer and the topics take: committed, it
     * could never be published and would only wait in the outbox, parked.
     */
    private String checkedJson(PlatformEvent event) {
        byte[] utf8;
        try {
            utf8 = json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.eventType() + " cannot be written as JSON", e);
        }
        if (utf8.length > config.maxEventBytes()) {
            throw new EventTooLargeException(event.eventType(), utf8.length, config.maxEventBytes());
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    public String toJson(PlatformEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.eventType() + " cannot be written as JSON", e);
        }
    }

    /** One outbox row before it is written: the event, its JSON and the trace it keeps. */
    private record Row(PlatformEvent event, String payload, EventTrace trace) {
    }

    /** A row and the id it takes. */
    private record Numbered(long id, Row row) {
    }
}
