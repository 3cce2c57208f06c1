package io.grassroots.assessment.register;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A registered veto item (一票否决事项) and the central or provincial mandate behind it. */
@Entity
public class VetoItem {
    @Id
    public String code;
    public String title;
    public String description;
    @Embedded
    public MandateColumns mandate;
    public String createdBy;
    public Instant createdAt;
}
