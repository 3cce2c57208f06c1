package io.grassroots.inspection.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The result a team recorded for one plan at one visit. */
@Entity
@Table(name = "visit_result")
public class VisitResult {
    @Id
    public UUID id;
    @Column(name = "visit_id")
    public UUID visitId;
    @Column(name = "plan_id")
    public UUID planId;
    public String findings;
    public int rating;
    /** JSON list of {item, dueDate}. */
    public String rectifications;
    /** JSON list of {indicator, period, value}. */
    @Column(name = "indicator_values")
    public String indicatorValues;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
