package io.grassroots.inspection.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The result a team recorded for one plan at one visit. */
@Entity
public class VisitResult {
    @Id
    public UUID id;
    public UUID visitId;
    public UUID planId;
    public String findings;
    public int rating;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ResultRequest.Rectification> rectifications;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ResultRequest.IndicatorValue> indicatorValues;
    public String recordedBy;
    public Instant recordedAt;
}
