package io.grassroots.inspection.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An approved plan-target that no visit could take, why, and where it would fit instead. */
@Entity
@Table(name = "unplaced_target")
public class UnplacedTarget {
    @EmbeddedId
    public Key key;
    @Column(name = "county_code")
    public String countyCode;
    public int year;
    public String reason;
    public String detail;
    @Column(name = "suggested_date")
    public LocalDate suggestedDate;
    @Column(name = "suggested_visit")
    public UUID suggestedVisit;
    public String suggestion;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Plan and unit: the plan-target. */
    @Embeddable
    public record Key(@Column(name = "plan_id") UUID planId, @Column(name = "unit_code") String unitCode)
            implements Serializable {
    }
}
