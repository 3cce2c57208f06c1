package io.grassroots.gateway.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** An account as the API shows it: never its password hash. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountView(String username, String role, String dept, String unit, String region, String createdBy,
        Instant createdAt, boolean disabled, Instant disabledAt, String disabledBy) {
    static AccountView of(Account a) {
        return new AccountView(a.username, a.role, a.departmentId, a.unitCode, a.region, a.createdBy, a.createdAt,
                a.disabledAt != null, a.disabledAt, a.disabledBy);
    }
}
