package io.grassroots.inspection.visit;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import java.io.Serializable;
import java.util.UUID;

/** One plan served by a visit (the plan-target of that plan at the visit's unit). */
@Entity
public class VisitMember {
    @EmbeddedId
    public Key key;
    @MapsId("visitId")
    @ManyToOne
    @JoinColumn(name = "visit_id")
    public JointVisit visit;
    /** The visit's unit: with the plan, the plan-target this membership serves (unique in the database). */
    public String unitCode;
    public String departmentId;
    public String categoryCode;

    /** Visit and plan. */
    @Embeddable
    public record Key(UUID visitId, UUID planId)
            implements Serializable {
    }

    public UUID planId() {
        return key.planId();
    }
}
