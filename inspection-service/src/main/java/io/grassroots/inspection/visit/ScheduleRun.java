package io.grassroots.inspection.visit;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;

/** The last scheduling run of a region and year, with its summary as JSON. */
@Entity
public class ScheduleRun {
    @EmbeddedId
    public Key key;
    public String summary;
    public String ranBy;
    public Instant ranAt;

    /** Region and year. */
    @Embeddable
    public record Key(String regionCode, int year) implements Serializable {
    }
}
