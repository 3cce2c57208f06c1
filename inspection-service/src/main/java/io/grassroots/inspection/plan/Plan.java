package io.grassroots.inspection.plan;

import io.grassroots.inspection.rules.Finding;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An inspection plan (督查检查考核计划) of one department, with its resolved plan-targets. */
@Entity
public class Plan {
    @Id
    public UUID id;
    public String departmentId;
    public String departmentRegion;
    public int year;
    public String title;
    @Enumerated(EnumType.STRING)
    public PlanKind kind;
    @Enumerated(EnumType.STRING)
    public PlanScope scope;
    public String categoryCode;
    @JdbcTypeCode(SqlTypes.JSON)
    public TargetSelector targetSelector;
    @ElementCollection
    @CollectionTable(name = "plan_target", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "unit_code")
    public Set<String> targetUnits = new TreeSet<>();
    public int targetCount;
    public LocalDate windowStart;
    public LocalDate windowEnd;
    public int onSiteDays;
    public int teamSize;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> materials = new ArrayList<>();
    public String mandate;
    public String vetoItem;
    @Enumerated(EnumType.STRING)
    public PlanStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Finding> findings = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> acceptedFindings;
    public String decisionReason;
    public String decidedBy;
    public Instant decidedAt;
    public Instant submittedAt;
    public String cancelReason;
    public Instant cancelledAt;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
