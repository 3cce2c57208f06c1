package io.grassroots.inspection.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An inspection category; plans whose categories share a group may share a visit. */
@Entity
public class Category {
    @Id
    public String code;
    public String name;
    @Column(name = "group_code")
    public String group;
}
