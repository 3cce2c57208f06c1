package io.grassroots.inspection.visit;

import io.grassroots.platform.web.JsonText;
import com.fasterxml.jackson.core.type.TypeReference;
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
    /** JSON list of the visit's days. */
    public String days;
    public String leadDepartment;
    /** JSON list of {departmentId, size}. */
    public String team;
    /** JSON list of indicator codes, each once. */
    public String materials;
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

    public List<LocalDate> dayList() {
        return JsonText.read(days, new TypeReference<>() {
        });
    }

    public List<TeamMember> teamList() {
        return JsonText.read(team, new TypeReference<>() {
        });
    }

    public List<String> materialList() {
        return JsonText.read(materials, new TypeReference<>() {
        });
    }

    /** The visit as its events carry it. */
    public VisitSnapshot snapshot() {
        return new VisitSnapshot(id.toString(), unitCode, countyCode, year, family, dayList(), leadDepartment,
                teamList().stream().map(t -> new VisitSnapshot.TeamPart(t.departmentId(), t.size())).toList(),
                members.stream().map(m -> new VisitSnapshot.PlanPart(m.planId().toString(), m.departmentId,
                        m.categoryCode)).sorted(Comparator.comparing(VisitSnapshot.PlanPart::planId)).toList(),
                materialList(), status.name(), itineraryId);
    }
}
