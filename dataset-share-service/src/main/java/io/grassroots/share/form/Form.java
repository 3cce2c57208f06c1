package io.grassroots.share.form;

import io.grassroots.share.form.mapping.Layout;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A department's uploaded form: the file as sent, the layout read from it, and the request it filed. */
@Entity
public class Form {
    /** A draft awaits the department's confirmation; a filed form has its data request. */
    public enum Status {
        DRAFT, FILED
    }

    @Id
    public UUID id;
    public String departmentId;
    public String fileName;
    @Enumerated(EnumType.STRING)
    public io.grassroots.share.workbook.Upload.Kind kind;
    public byte[] content;
    /** The layout read from the file. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Layout layout;
    public String signature;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String title;
    public String period;
    /** The confirmed mapping, once filed. */
    @JdbcTypeCode(SqlTypes.JSON)
    public FormMapping mapping;
    public int rowsTotal;
    /** Columns mapped to an indicator: proposed while a draft, confirmed once filed. */
    public int columnsMapped;
    public UUID requestId;
    public String createdBy;
    public Instant createdAt;
    public Instant filedAt;
}
