package io.grassroots.inspection.plan;

import io.grassroots.inspection.rules.Finding;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** An inspection plan (督查检查考核计划) of one department, with its resolved plan-targets. */
@Entity
@Table(name = "plan")
public class Plan {
    @Id
    public UUID id;
    @Column(name = "department_id")
    public String departmentId;
    @Column(name = "department_region")
    public String departmentRegion;
    public int year;
    public String title;
    @Enumerated(EnumType.STRING)
    public PlanKind kind;
    @Enumerated(EnumType.STRING)
    public PlanScope scope;
    @Column(name = "category_code")
    public String categoryCode;
    @Column(name = "target_selector")
    @Convert(converter = JsonColumns.Selector.class)
    public TargetSelector targetSelector;
    @ElementCollection
    @CollectionTable(name = "plan_target", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "unit_code")
    public Set<String> targetUnits = new TreeSet<>();
    @Column(name = "target_count")
    public int targetCount;
    @Column(name = "window_start")
    public LocalDate windowStart;
    @Column(name = "window_end")
    public LocalDate windowEnd;
    @Column(name = "on_site_days")
    public int onSiteDays;
    @Column(name = "team_size")
    public int teamSize;
    @Convert(converter = JsonColumns.StringList.class)
    public List<String> materials = new ArrayList<>();
    public String mandate;
    @Column(name = "veto_item")
    public String vetoItem;
    @Enumerated(EnumType.STRING)
    public PlanStatus status;
    @Convert(converter = JsonColumns.Findings.class)
    public List<Finding> findings = new ArrayList<>();
    @Column(name = "accepted_findings")
    @Convert(converter = JsonColumns.StringList.class)
    public List<String> acceptedFindings;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
