package io.grassroots.gateway.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account that may sign in: its role, and the department or unit and region its tokens carry. */
@Entity
@Table(name = "account")
public class Account {
    @Id
    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    public String role;
    @Column(name = "department_id")
    public String departmentId;
    @Column(name = "unit_code")
    public String unitCode;
    public String region;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "disabled_at")
    public Instant disabledAt;
    @Column(name = "disabled_by")
    public String disabledBy;
    /** Tokens issued before this moment no longer count (set by a password change or reset). */
    @Column(name = "tokens_valid_from")
    public Instant tokensValidFrom;
}
