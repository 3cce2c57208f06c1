package io.grassroots.share.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A department's data request (填表报数), with what shared data answered and what units were asked. */
@Entity
@Table(name = "data_request")
public class DataRequest {
    @Id
    public UUID id;
    @Column(name = "department_id")
    public String departmentId;
    public String title;
    public String period;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public RequestStatus status;
    @Column(name = "fields_total")
    public int fieldsTotal;
    @Column(name = "answered_shared")
    public int answeredShared;
    @Column(name = "asked_of_units")
    public int askedOfUnits;
    public int coalesced;
    @Column(name = "minutes_saved")
    public int minutesSaved;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "answered_at")
    public Instant answeredAt;
}
