package io.grassroots.inspection.visit;

import io.grassroots.inspection.directory.RegionRepository;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The last scheduling run of a region and year as its coordinators and auditors see it again later. */
@ApplicationScoped
public class LastScheduleRun {
    /** Who ran it, when, and what it achieved. */
    public record View(String region, int year, String ranBy, Instant ranAt, ScheduleSummary summary) {
    }

    @Inject
    EntityManager em;
    @Inject
    RegionRepository regions;

    @Transactional
    public View of(String region, int year, Caller caller) {
        if (regions.findById(region) == null || !caller.oversees(region)) {
            throw ProblemException.notFound("region " + region);
        }
        ScheduleRun run = em.find(ScheduleRun.class, new ScheduleRun.Key(region, year));
        if (run == null) {
            throw ProblemException.notFound("scheduling run of " + region + " in " + year);
        }
        return new View(region, year, run.ranBy, run.ranAt, run.summary);
    }
}
