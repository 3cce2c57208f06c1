package io.grassroots.inspection.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A higher-level department; it may only target units inside its region. */
@Entity
public class Department {
    @Id
    public String id;
    public String name;
    public String level;
    public String regionCode;
    /** The category groups it inspects in, comma-separated. */
    public String groups;
    public Instant createdAt;
}
