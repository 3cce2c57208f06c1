package io.grassroots.inspection.policy;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored policy document for one region and year. */
@Entity
@Table(name = "policy")
public class PolicyEntity {
    @EmbeddedId
    public Key key;
    @JdbcTypeCode(SqlTypes.JSON)
    public PolicyDocument document;
    public String updatedBy;
    public Instant updatedAt;
    @Version
    public long version;

    /** Region code and year. */
    @Embeddable
    public record Key(String regionCode, int year) implements Serializable {
    }
}
