package io.grassroots.share.request;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A department's data request (填表报数), with what shared data answered and what units were asked. */
@Entity
public class DataRequest {
    @Id
    public UUID id;
    public String departmentId;
    public String title;
    public String period;
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public RequestStatus status;
    public int fieldsTotal;
    public int answeredShared;
    public int askedOfUnits;
    public int coalesced;
    public int minutesSaved;
    public String createdBy;
    public Instant createdAt;
    public Instant answeredAt;
}
