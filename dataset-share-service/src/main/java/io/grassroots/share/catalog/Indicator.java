package io.grassroots.share.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An indicator of the data catalog: owner, freshness, sensitivity, value rules and read grants. */
@Entity
public class Indicator {
    @Id
    public String code;
    public String name;
    public String unitOfMeasure;
    public String ownerDepartment;
    public int freshnessDays;
    @Enumerated(EnumType.STRING)
    public Sensitivity sensitivity;
    @Enumerated(EnumType.STRING)
    public ValueType valueType;
    public BigDecimal minValue;
    public BigDecimal maxValue;
    public int minutesPerField;
    /** Department ids granted read access. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> grantedDepartments = new ArrayList<>();
    /** Category groups granted read access. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> grantedGroups = new ArrayList<>();
    public Instant createdAt;

    public Grants grants() {
        return new Grants(sensitivity, ownerDepartment, copy(grantedDepartments), copy(grantedGroups));
    }

    static List<String> copy(List<String> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
