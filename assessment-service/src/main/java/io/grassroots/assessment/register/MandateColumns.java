package io.grassroots.assessment.register;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A mandate as both registers store it, in the same four columns. */
@Embeddable
public class MandateColumns {
    @Column(name = "mandate_body")
    public String body;
    @Column(name = "mandate_doc")
    public String document;
    @Column(name = "mandate_date")
    public LocalDate issuedOn;
    @Column(name = "mandate_level")
    public String level;

    static MandateColumns of(Mandate m) {
        MandateColumns c = new MandateColumns();
        c.body = m.issuingBody().trim();
        c.document = m.document().trim();
        c.issuedOn = m.issuedOn();
        c.level = m.level();
        return c;
    }

    Mandate toMandate() {
        return new Mandate(body, document, issuedOn, level);
    }
}
