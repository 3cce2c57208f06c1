package io.grassroots.inspection.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A grassroots unit: township (9-digit code) or village (12-digit), enterprise or school. */
@Entity
@Table(name = "unit")
public class Unit {
    @Id
    public String code;
    public String name;
    public String level;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "county_code")
    public String countyCode;
    @Column(name = "city_code")
    public String cityCode;
    @Column(name = "province_code")
    public String provinceCode;
}
