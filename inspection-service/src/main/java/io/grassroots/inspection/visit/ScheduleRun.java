package io.grassroots.inspection.visit;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The last scheduling run of a region and year, with its summary. */
@Entity
public class ScheduleRun {
    @EmbeddedId
    public Key key;
    @JdbcTypeCode(SqlTypes.JSON)
    public ScheduleSummary summary;
    public String ranBy;
    public Instant ranAt;

    /** Region and year. */
    @Embeddable
    public record Key(String regionCode, int year) implements Serializable {
    }
}
