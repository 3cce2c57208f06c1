package io.grassroots.assessment.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A unit's rating of a visit it hosted or a data request it received. */
@Entity
@Table(name = "feedback")
public class Feedback {
    @Id
    public UUID id;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "item_type")
    public String itemType;
    @Column(name = "item_id")
    public String itemId;
    public int rating;
    public String comment;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
