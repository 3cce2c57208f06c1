package io.grassroots.assessment.feedback;

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
    public String unitCode;
    public String itemType;
    public String itemId;
    public int rating;
    public String comment;
    public Instant createdAt;
    public Instant updatedAt;
}
