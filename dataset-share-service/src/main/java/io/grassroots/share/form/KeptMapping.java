package io.grassroots.share.form;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The mapping a department confirmed for a set of headers: column letters to indicator code (or null). */
@Entity
@Table(name = "form_mapping")
public class KeptMapping {
    @EmbeddedId
    public Key key;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> columns;
    public Instant updatedAt;

    /** The department and the signature of the headers. */
    @Embeddable
    public record Key(String departmentId, String signature) implements Serializable {
    }
}
