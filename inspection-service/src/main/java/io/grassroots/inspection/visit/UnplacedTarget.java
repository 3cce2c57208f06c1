package io.grassroots.inspection.visit;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An approved plan-target that no visit could take, why, and where it would fit instead. */
@Entity
public class UnplacedTarget {
    @EmbeddedId
    public Key key;
    public String countyCode;
    public int year;
    public String reason;
    public String detail;
    public LocalDate suggestedDate;
    public UUID suggestedVisit;
    public String suggestion;
    public Instant recordedAt;

    /** Plan and unit: the plan-target. */
    @Embeddable
    public record Key(UUID planId, String unitCode)
            implements Serializable {
    }
}
