package io.grassroots.share.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a unit is asked for: only the fields no shared value could answer. */
@Entity
@Table(name = "task")
public class Task {
    @Id
    public UUID id;
    @Column(name = "unit_code")
    public String unitCode;
    public String period;
    @Enumerated(EnumType.STRING)
    public TaskStatus status;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "fulfilled_at")
    public Instant fulfilledAt;
    @Version
    public long version;
}
