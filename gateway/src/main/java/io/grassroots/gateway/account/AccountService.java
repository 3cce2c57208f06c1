package io.grassroots.gateway.account;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.JpqlFilter;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Creates and reads accounts. A coordinator manages accounts of its own region only: others are
 * refused on creation and not found on reading.
 */
@ApplicationScoped
public class AccountService {
    @Inject
    EntityManager em;
    @Inject
    HashPool hasher;
    @Inject
    Clock clock;
    /** Tells the edge (RevokedTokens) of a change to an account's access, once it has committed. */
    @Inject
    jakarta.enterprise.event.Event<Account> accessChanged;

    /**
     * Creates an account from a well-formed input (Bean Validation on {@link AccountInput} checked each
     * field): the role one of the platform's, the department or unit the role needs and no other, all
     * within the coordinator's region, and a password that {@link PasswordRules} accept.
     */
    @Transactional
    public AccountView create(AccountInput input, Caller coordinator) {
        Violations v = new Violations();
        String username = input.username();
        PasswordRules.check(v, "password", input.password(), username);
        Role role = Role.valueOf(input.role());
        String region = input.region();
        if (!region.startsWith(coordinator.region())) {
            v.add("region", "IN_REGION", "region " + region + " lies outside your region " + coordinator.region());
        }
        boolean needsDept = role == Role.DEPARTMENT || role == Role.TEAM;
        if (needsDept && v.required("dept", input.dept()) && !input.dept().startsWith(coordinator.region())) {
            v.add("dept", "IN_REGION", "department " + input.dept() + " lies outside your region "
                    + coordinator.region());
        } else if (!needsDept && input.dept() != null) {
            v.add("dept", "NOT_ALLOWED", "a " + role + " account carries no department");
        }
        if (role == Role.UNIT && v.required("unit", input.unit()) && !input.unit().startsWith(region)) {
            v.add("unit", "IN_REGION", "unit " + input.unit() + " lies outside region " + region);
        } else if (role != Role.UNIT && input.unit() != null) {
            v.add("unit", "NOT_ALLOWED", "a " + role + " account carries no unit");
        }
        v.throwIfAny();
        if (em.find(Account.class, username) != null) {
            throw ProblemException.conflict("EXISTS", "account " + username + " exists already");
        }
        return AccountView.of(store(username, input.password(), role, needsDept ? input.dept() : null,
                role == Role.UNIT ? input.unit() : null, region, coordinator.subject()));
    }

    @Transactional
    public AccountView get(String username, Caller coordinator) {
        return AccountView.of(inRegion(username, coordinator));
    }

    /** Disables an account: it can no longer sign in, and its tokens stop counting at once. */
    @Transactional
    public AccountView disable(String username, Caller coordinator) {
        Account account = inRegion(username, coordinator);
        if (account.username.equals(coordinator.subject())) {
            throw ProblemException.conflict("SELF", "you cannot disable your own account");
        }
        if (account.disabledAt == null) {
            account.disabledAt = Instant.now(clock);
            account.disabledBy = coordinator.subject();
            accessChanged.fire(account);
        }
        return AccountView.of(account);
    }

    /** Enables a disabled account again; tokens issued before it was disabled stay void. */
    @Transactional
    public AccountView enable(String username, Caller coordinator) {
        Account account = inRegion(username, coordinator);
        if (account.disabledAt != null) {
            account.tokensValidFrom = Instant.now(clock);
            account.disabledAt = null;
            account.disabledBy = null;
            accessChanged.fire(account);
        }
        return AccountView.of(account);
    }

    /** A coordinator sets a new password for an account of its region (the user forgot theirs). */
    @Transactional
    public void resetPassword(String username, PasswordReset reset, Caller coordinator) {
        Account account = inRegion(username, coordinator);
        Violations v = new Violations();
        PasswordRules.check(v, "password", reset.password(), account.username);
        v.throwIfAny();
        setPassword(account, reset.password());
    }

    /** The signed-in user changes their own password (a well-formed change), proving the current one. */
    @Transactional
    public void changeOwnPassword(String username, PasswordChange change, Runnable onWrongPassword) {
        Account account = em.find(Account.class, username);
        if (account == null || account.disabledAt != null) {
            throw ProblemException.notFound("account " + username);
        }
        Violations v = new Violations();
        PasswordRules.check(v, "newPassword", change.newPassword(), account.username);
        v.throwIfAny();
        if (!hasher.verify(change.currentPassword(), account.passwordHash)) {
            onWrongPassword.run();
            throw ProblemException.invalid("currentPassword", "CORRECT", "currentPassword is not your password");
        }
        if (change.newPassword().equals(change.currentPassword())) {
            throw ProblemException.invalid("newPassword", "CHANGED", "newPassword must differ from the current one");
        }
        setPassword(account, change.newPassword());
    }

    private void setPassword(Account account, String password) {
        account.passwordHash = hasher.hash(password);
        account.tokensValidFrom = Instant.now(clock);
        accessChanged.fire(account);
    }

    private Account inRegion(String username, Caller coordinator) {
        Account account = username == null ? null : em.find(Account.class, username);
        if (account == null || !account.region.startsWith(coordinator.region())) {
            throw ProblemException.notFound("account " + username);
        }
        return account;
    }

    /** A page of the accounts at or under the coordinator's region, filtered, by user name. */
    @Transactional
    public Page<AccountView> inRegion(Caller coordinator, AccountFilter filter, PageRequest page) {
        // Region codes are digits only, so the prefix match cannot be widened by the caller's data.
        JpqlFilter where = new JpqlFilter().and("a.region like :r", "r", coordinator.region() + "%");
        if (filter.role() != null) {
            where.and("a.role = :role", "role", filter.role().name());
        }
        if (filter.disabled() != null) {
            where.and(filter.disabled() ? "a.disabledAt is not null" : "a.disabledAt is null");
        }
        if (filter.text() != null) {
            // locate, not like: a user name's '_' would be a wildcard there.
            where.and("(locate(:q, a.username) > 0 or locate(:q, coalesce(a.departmentId, '')) > 0"
                    + " or locate(:q, coalesce(a.unitCode, '')) > 0)", "q", filter.text());
        }
        return where.page(em, Account.class, "a", "a.username", page).map(AccountView::of);
    }

    /** The account for a sign-in, if it exists. */
    @Transactional
    public Optional<Account> find(String username) {
        return username == null ? Optional.empty()
                : Optional.ofNullable(em.find(Account.class, username.trim().toLowerCase(Locale.ROOT)));
    }

    /** Seeds an account once; returns false when it existed already. */
    @Transactional
    public boolean seed(String username, String password, Role role, String region) {
        // Gateway instances starting together all seed: the lock makes the later ones wait for the first's
        // commit and then find its account (read committed), where they failed to start on its primary key.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('gateway-account-seed'))").getSingleResult();
        if (em.find(Account.class, username) != null) {
            return false;
        }
        store(username, password, role, null, null, region, "gateway");
        return true;
    }

    private Account store(String username, String password, Role role, String dept, String unit, String region,
            String createdBy) {
        Account account = new Account();
        account.username = username;
        account.passwordHash = hasher.hash(password);
        account.role = role.name();
        account.departmentId = dept;
        account.unitCode = unit;
        account.region = region;
        account.createdBy = createdBy;
        account.createdAt = Instant.now(clock);
        em.persist(account);
        return account;
    }
}
