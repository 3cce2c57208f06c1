package io.grassroots.share.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of a department, kept from the directory topic. */
@Entity
@Table(name = "department")
public class LocalDepartment {
    @Id
    public String id;
    public String name;
    public String level;
    public String regionCode;
    /** The category groups the department belongs to. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> groups = new ArrayList<>();

    public List<String> groupList() {
        return groups == null ? List.of() : List.copyOf(groups);
    }
}
