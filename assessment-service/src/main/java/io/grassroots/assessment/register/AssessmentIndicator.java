package io.grassroots.assessment.register;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** A registered assessment indicator: its mandate, its result-based evidence and how it is scored. */
@Entity
public class AssessmentIndicator {
    @Id
    public String code;
    public String name;
    public String description;
    public String evidenceKind;
    public String evidence;
    @Embedded
    public MandateColumns mandate;
    public String source;
    public String dataIndicator;
    public String direction;
    public BigDecimal target;
    public BigDecimal weight;
    public String regionCode;
    public String createdBy;
    public Instant createdAt;
}
