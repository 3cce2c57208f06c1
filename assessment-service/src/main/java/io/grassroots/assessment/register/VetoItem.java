package io.grassroots.assessment.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A registered veto item (一票否决事项) and the central or provincial mandate behind it. */
@Entity
@Table(name = "veto_item")
public class VetoItem {
    @Id
    public String code;
    public String title;
    public String description;
    @Column(name = "mandate_body")
    public String mandateBody;
    @Column(name = "mandate_doc")
    public String mandateDoc;
    @Column(name = "mandate_date")
    public LocalDate mandateDate;
    @Column(name = "mandate_level")
    public String mandateLevel;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;

    public Mandate mandate() {
        return new Mandate(mandateBody, mandateDoc, mandateDate, mandateLevel);
    }
}
