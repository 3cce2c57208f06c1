package io.grassroots.inspection.visit;

import io.grassroots.inspection.merge.Visit.TeamMember;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import io.grassroots.events.visit.VisitSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored joint visit: one unit, its days, its plans, its joint team and material list. */
@Entity
@Table(name = "visit")
public class JointVisit {
    @Id
    public UUID id;
    public int year;
    public String unitCode;
    public String countyCode;
    public String family;
    @Column(name = "visit_date")
    public LocalDate date;
    /** The visit's days, the first being its date. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<LocalDate> days;
    public String leadDepartment;
    /** The departments of the joint team and how many each sends. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<TeamMember> team;
    /** Indicator codes, each once. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> materials;
    @Enumerated(EnumType.STRING)
    public VisitStatus status;
    public String itineraryId;
    public String confirmedBy;
    public Instant confirmedAt;
    public Instant completedAt;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    public List<VisitMember> members = new ArrayList<>();

    /** The visit as its events carry it. */
    public VisitSnapshot snapshot() {
        return new VisitSnapshot(id.toString(), unitCode, countyCode, year, family, days, leadDepartment,
                team.stream().map(t -> new VisitSnapshot.TeamPart(t.departmentId(), t.size())).toList(),
                members.stream().map(m -> new VisitSnapshot.PlanPart(m.planId().toString(), m.departmentId,
                        m.categoryCode)).sorted(Comparator.comparing(VisitSnapshot.PlanPart::planId)).toList(),
                materials, status.announced().name(), itineraryId);
    }
}
