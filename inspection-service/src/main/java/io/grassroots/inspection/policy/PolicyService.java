package io.grassroots.inspection.policy;

import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.inspection.calendar.official.OfficialCalendars;
import io.grassroots.inspection.directory.Department;
import io.grassroots.inspection.directory.DepartmentRepository;
import io.grassroots.inspection.directory.RegionRepository;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import io.grassroots.platform.web.ValidationProblems;
import jakarta.validation.Validator;

/** Reads and sets policies, and resolves the policy and calendar in force for a region and year. */
@ApplicationScoped
public class PolicyService {
    @Inject
    Validator validator;
    @Inject
    PolicyRepository policies;
    @Inject
    RegionRepository regions;
    @Inject
    DepartmentRepository departments;
    @Inject
    OfficialCalendars official;
    @Inject
    Clock clock;

    /** The policy in force in a region: its own document over those of the regions above it. */
    public EffectivePolicy effective(String regionCode, int year) {
        return PolicyMerger.merge(policies.along(regions.chain(regionCode), year));
    }

    /** The official calendar in force (shipped and loaded years) with the blackouts in force in a region. */
    public WorkingCalendar calendar(EffectivePolicy policy) {
        return official.inForce().withBlackouts(policy.blackouts());
    }

    /** The policy the regions above this one put in force (the defaults for a province). */
    private EffectivePolicy inherited(String regionCode, int year) {
        List<String> chain = regions.chain(regionCode);
        return PolicyMerger.merge(policies.along(chain.subList(0, Math.max(0, chain.size() - 1)), year));
    }

    @Transactional
    public PolicyView get(String regionCode, int year, Caller caller) {
        if (regions.findById(regionCode) == null || !mayRead(caller, regionCode)) {
            throw ProblemException.notFound("policy " + regionCode + "/" + year);
        }
        PolicyEntity stored = policies.findById(new PolicyEntity.Key(regionCode, year));
        return view(regionCode, year, stored);
    }

    @Transactional
    public PolicyView put(String regionCode, int year, PolicyDocument document, Caller caller) {
        if (regions.findById(regionCode) == null || !caller.oversees(regionCode)) {
            throw ProblemException.notFound("region " + regionCode);
        }
        if (document == null) {
            throw ProblemException.invalid("body", "REQUIRED", "a policy document is required");
        }
        // Whose region it is was weighed first (a 404), so the document's shape is checked here, not by @Valid.
        Violations v = new Violations().addAll(ValidationProblems.violations(validator.validate(document)));
        PolicyValidator.validate(document, year, v);
        PolicyValidator.tightenOnly(document, inherited(regionCode, year).parameters(), v);
        for (int i = 0; i < document.quotas().size(); i++) {
            var quota = document.quotas().get(i);
            if (quota == null || quota.department() == null) {
                continue;
            }
            Department d = departments.findById(quota.department());
            if (d == null) {
                v.add("quotas[" + i + "].department", "EXISTS", "department " + quota.department() + " is unknown");
            } else if (!d.regionCode.startsWith(regionCode)) {
                v.add("quotas[" + i + "].department", "TARGET_IN_REGION",
                        "department " + d.id + " is outside region " + regionCode);
            }
        }
        v.throwIfAny();
        PolicyEntity.Key key = new PolicyEntity.Key(regionCode, year);
        PolicyEntity stored = policies.findById(key);
        boolean created = stored == null;
        if (created) {
            stored = new PolicyEntity();
            stored.key = key;
        }
        stored.document = document;
        stored.updatedBy = caller.subject();
        stored.updatedAt = Instant.now(clock);
        if (created) {
            policies.persist(stored);
        }
        policies.flush();
        return view(regionCode, year, stored);
    }

    private PolicyView view(String regionCode, int year, PolicyEntity stored) {
        return new PolicyView(regionCode, year, stored == null ? PolicyDocument.EMPTY : stored.document,
                PolicyView.Effective.of(effective(regionCode, year)), stored == null ? null : stored.updatedBy,
                stored == null ? null : stored.updatedAt);
    }

    private static boolean mayRead(Caller caller, String regionCode) {
        if (caller.oversees(regionCode)) {
            return true;
        }
        // A department reads the policies that govern it: its own region's and those above.
        if (caller.role() == Role.DEPARTMENT) {
            return caller.region() != null && caller.region().startsWith(regionCode);
        }
        return false;
    }
}
