package io.grassroots.share.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** This service's copy of a grassroots unit, kept from the directory topic. */
@Entity
@Table(name = "unit")
public class LocalUnit {
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
