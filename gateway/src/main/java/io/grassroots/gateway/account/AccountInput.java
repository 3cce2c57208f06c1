package io.grassroots.gateway.account;

import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.OneOf;
import io.grassroots.platform.web.RegionCode;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * A new account as a coordinator files it. The shape of each field is declared here (a field with a
 * pattern is required with {@code @NotNull}: a blank one is not of the pattern, and is named once, as
 * FORMAT; a blank region is REQUIRED); what the account says (the role, the password's minimum length, group {@link Said}) is
 * checked only once every field is well formed, as before; what depends on the role or on the
 * coordinator's region is {@link AccountService}'s, and a password's other rule {@link PasswordRules}'.
 */
@GroupSequence({ AccountInput.class, AccountInput.Said.class })
public record AccountInput(
        @NotNull @Pattern(regexp = USERNAME, message = "is not a user name of 3-64 a-z, 0-9, '.', '_' or '-', "
                + "starting with a letter or digit") String username,
        @NotBlank @Size(max = PasswordRules.MAX_LENGTH) @Size(min = PasswordRules.MIN_LENGTH,
                groups = AccountInput.Said.class) String password,
        @NotBlank @OneOf(value = Role.class, groups = AccountInput.Said.class) String role,
        @Pattern(regexp = DEPARTMENT,
                message = "is not a department like <region>-<line>, e.g. 450103-emergency") String dept,
        @Pattern(regexp = UNIT, message = "is not a 9- or 12-digit division code") String unit,
        @NotBlank @RegionCode String region) {
    /** What the account says, judged after its fields' formats. */
    public interface Said {
    }

    static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";
    static final String UNIT = "\\d{9}|\\d{12}";
    static final String DEPARTMENT = "(\\d{2}|\\d{4}|\\d{6})-[a-z0-9-]{2,40}";

    /** The user name as it is stored and signed in with: trimmed, in lower case; its format is checked so. */
    public AccountInput {
        username = username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }
}
