package io.grassroots.inspection.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A grassroots unit: township (9-digit code) or village (12-digit), enterprise or school. */
@Entity
public class Unit {
    @Id
    public String code;
    public String name;
    public String level;
    public String parentCode;
    public String countyCode;
    public String cityCode;
    public String provinceCode;
}
