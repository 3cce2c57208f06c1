package io.grassroots.share.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** One version of a value: (unit, indicator, period) → value, with where it came from and when. */
@Entity
public class DataValue {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String unitCode;
    public String indicator;
    public String period;
    public int version;
    public BigDecimal value;
    @Enumerated(EnumType.STRING)
    public ValueSource source;
    public String sourceRef;
    public String reportedBy;
    public Instant reportedAt;
}
