package io.grassroots.share.directory;

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
    public String parentCode;
    public String countyCode;
    public String cityCode;
    public String provinceCode;
}
