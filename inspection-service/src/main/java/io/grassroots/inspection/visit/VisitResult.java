package io.grassroots.inspection.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** The result a team recorded for one plan at one visit. */
@Entity
public class VisitResult {
    @Id
    public UUID id;
    public UUID visitId;
    public UUID planId;
    public String findings;
    public int rating;
    /** JSON list of {item, dueDate}. */
    public String rectifications;
    /** JSON list of {indicator, period, value}. */
    public String indicatorValues;
    public String recordedBy;
    public Instant recordedAt;
}
