package io.grassroots.web.accounts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.grassroots.web.api.Paged;
import io.grassroots.web.session.Role;
import java.util.List;

/** Accounts as the gateway answers them (its AccountView, never a password hash), with what the pages show. */
public final class AccountViews {
    /** The statuses the list filters by, as the gateway names them. */
    public static final List<String> STATUSES = List.of("ACTIVE", "DISABLED");

    private AccountViews() {
    }

    /** One account: its role and the department, unit and region its tokens carry. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Account(String username, String role, String dept, String unit, String region, String createdBy,
            String createdAt, boolean disabled, String disabledAt, String disabledBy) {
        /** The role in Chinese; the code itself when the console does not know it. */
        public String roleLabel() {
            return AccountViews.roleLabel(role);
        }
    }

    /** One page of accounts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AccountPage(List<Account> items, int page, int size, long total)
            implements Paged {
        public List<Account> items() {
            return items == null ? List.of() : items;
        }
    }

    public static String roleLabel(String role) {
        try {
            return Role.valueOf(role).label();
        } catch (RuntimeException e) {
            return role == null ? "" : role;
        }
    }

    /** The roles in the order the form and the filter offer them. */
    public static List<Role> roles() {
        return List.of(Role.values());
    }
}
