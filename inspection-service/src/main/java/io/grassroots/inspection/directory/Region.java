package io.grassroots.inspection.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An administrative region a department governs: province (2 digits), city (4) or county (6). */
@Entity
public class Region {
    @Id
    public String code;
    public String name;
    public String level;
    public String parentCode;
}
