package io.grassroots.inspection.calendar.official;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.query.NativeQuery;

/** Loaded official arrangements, by year. */
@ApplicationScoped
public class LoadedCalendarRepository implements PanacheRepositoryBase<LoadedCalendar, Integer> {

    /** A revision number no load has had, taken outside the transaction's fate (a sequence). */
    public long nextRevision() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('official_calendar_revision')")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("official_calendar_revision").getSingleResult())
                .longValue();
    }

    /** What the stored arrangements are, in one short string: each year with its revision. */
    public String fingerprint() {
        // Synchronized with this table only: reading it must not flush the caller's other pending changes.
        Object value = getEntityManager().createNativeQuery("select coalesce(string_agg(year || ':' || revision, "
                + "',' order by year), '') from official_calendar").unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(LoadedCalendar.class).getSingleResult();
        return value == null ? "" : value.toString();
    }
}
