package io.grassroots.share.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An indicator of the data catalog: owner, freshness, sensitivity, value rules and read grants. */
@Entity
public class Indicator {
    @Id
    public String code;
    public String name;
    public String unitOfMeasure;
    public String ownerDepartment;
    public int freshnessDays;
    public String sensitivity;
    public String valueType;
    public BigDecimal minValue;
    public BigDecimal maxValue;
    public int minutesPerField;
    /** Comma-separated department ids granted read access. */
    public String grantedDepartments;
    /** Comma-separated category groups granted read access. */
    public String grantedGroups;
    public Instant createdAt;

    public Grants grants() {
        return new Grants(sensitivity, ownerDepartment, split(grantedDepartments), split(grantedGroups));
    }

    static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }
}
