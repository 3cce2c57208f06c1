package io.grassroots.gateway.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** An account that may sign in: its role, and the department or unit and region its tokens carry. */
@Entity
public class Account {
    @Id
    public String username;
    public String passwordHash;
    public String role;
    public String departmentId;
    public String unitCode;
    public String region;
    public String createdBy;
    public Instant createdAt;
    public Instant disabledAt;
    public String disabledBy;
    /** Tokens issued before this moment no longer count (set by a password change or reset). */
    public Instant tokensValidFrom;
}
