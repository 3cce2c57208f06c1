package io.grassroots.share.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An indicator of the data catalog: owner, freshness, sensitivity, value rules and read grants. */
@Entity
@Table(name = "indicator")
public class Indicator {
    @Id
    public String code;
    public String name;
    @Column(name = "unit_of_measure")
    public String unitOfMeasure;
    @Column(name = "owner_department")
    public String ownerDepartment;
    @Column(name = "freshness_days")
    public int freshnessDays;
    public String sensitivity;
    @Column(name = "value_type")
    public String valueType;
    @Column(name = "min_value")
    public BigDecimal minValue;
    @Column(name = "max_value")
    public BigDecimal maxValue;
    @Column(name = "minutes_per_field")
    public int minutesPerField;
    /** Comma-separated department ids granted read access. */
    @Column(name = "granted_departments")
    public String grantedDepartments;
    /** Comma-separated category groups granted read access. */
    @Column(name = "granted_groups")
    public String grantedGroups;
    @Column(name = "created_at")
    public Instant createdAt;

    public Grants grants() {
        return new Grants(sensitivity, ownerDepartment, split(grantedDepartments), split(grantedGroups));
    }

    static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }
}
