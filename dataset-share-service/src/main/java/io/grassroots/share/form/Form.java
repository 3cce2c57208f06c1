package io.grassroots.share.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A department's uploaded form: the file as sent, the layout read from it, and the request it filed. */
@Entity
@Table(name = "form")
public class Form {
    /** A draft awaits the department's confirmation; a filed form has its data request. */
    public enum Status { DRAFT, FILED }

    @Id
    public UUID id;
    @Column(name = "department_id")
    public String departmentId;
    @Column(name = "file_name")
    public String fileName;
    @Enumerated(EnumType.STRING)
    public io.grassroots.share.workbook.Upload.Kind kind;
    public byte[] content;
    /** The layout read, as JSON (FormLayouts reads and writes it). */
    public String layout;
    public String signature;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String title;
    public String period;
    /** The confirmed mapping, as JSON. */
    public String mapping;
    @Column(name = "rows_total")
    public int rowsTotal;
    /** Columns mapped to an indicator: proposed while a draft, confirmed once filed. */
    @Column(name = "columns_mapped")
    public int columnsMapped;
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "filed_at")
    public Instant filedAt;
}
