package io.grassroots.inspection.directory;

import io.grassroots.events.directory.DepartmentUpsertedV1;
import io.grassroots.inspection.directory.DirectoryViews.DepartmentView;
import io.grassroots.inspection.directory.DirectoryViews.NewDepartment;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Creates departments inside a coordinator's region and announces them on the directory topic. */
@ApplicationScoped
public class DepartmentService {
    @Inject
    DepartmentRepository departments;
    @Inject
    RegionRepository regions;
    @Inject
    CategoryRepository categories;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    @Transactional
    public DepartmentView create(NewDepartment request, Caller caller) {
        // The fields' shape was checked by NewDepartment's constraints; here what the directory says of them.
        Violations v = new Violations();
        Region region = regions.findById(request.regionCode());
        if (region == null) {
            v.add("regionCode", "EXISTS", "region " + request.regionCode() + " is not in the directory");
        } else if (!caller.oversees(region.code)) {
            v.add("regionCode", "TARGET_IN_REGION",
                    "region " + region.code + " lies outside your region " + caller.region());
        } else if (!request.id().startsWith(region.code + "-")) {
            v.add("id", "FORMAT", "id must start with its region code " + region.code + "-");
        }
        List<String> groups = request.groups() == null ? List.of() : request.groups();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i) == null || categories.count("group", groups.get(i)) == 0) {
                v.add("groups[" + i + "]", "EXISTS", "'" + groups.get(i) + "' is not a category group");
            }
        }
        v.throwIfAny();
        if (departments.findById(request.id()) != null) {
            throw ProblemException.conflict("UNIQUE", "department " + request.id() + " exists already");
        }
        Department d = new Department();
        d.id = request.id();
        d.name = request.name().trim();
        d.level = region.level;
        d.regionCode = region.code;
        d.groups = String.join(",", groups);
        d.createdAt = Instant.now(clock);
        departments.persist(d);
        outbox.publish(new DepartmentUpsertedV1(d.id, d.name, d.level, d.regionCode, groups));
        return DepartmentView.of(d);
    }
}
