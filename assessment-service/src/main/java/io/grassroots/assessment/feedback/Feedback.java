package io.grassroots.assessment.feedback;

import io.grassroots.assessment.ledger.RatedKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A unit's rating of a visit it hosted or a data request it received. */
@Entity
public class Feedback {
    @Id
    public UUID id;
    public String unitCode;
    @Enumerated(EnumType.STRING)
    public RatedKind itemType;
    public String itemId;
    public int rating;
    public String comment;
    public Instant createdAt;
    public Instant updatedAt;
}
