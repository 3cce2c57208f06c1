package io.grassroots.share.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** This service's copy of a department, kept from the directory topic. */
@Entity
@Table(name = "department")
public class LocalDepartment {
    @Id
    public String id;
    public String name;
    public String level;
    public String regionCode;
    /** Category groups, comma-separated. */
    public String groups;

    public List<String> groupList() {
        return groups == null || groups.isBlank() ? List.of() : List.of(groups.split(","));
    }
}
