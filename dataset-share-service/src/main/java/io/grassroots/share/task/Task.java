package io.grassroots.share.task;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a unit is asked for: only the fields no shared value could answer. */
@Entity
public class Task {
    @Id
    public UUID id;
    public String unitCode;
    public String period;
    @Enumerated(EnumType.STRING)
    public TaskStatus status;
    public LocalDate dueDate;
    public Instant createdAt;
    public Instant fulfilledAt;
    @Version
    public long version;
}
