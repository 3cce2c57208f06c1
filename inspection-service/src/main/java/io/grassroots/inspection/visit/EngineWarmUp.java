package io.grassroots.inspection.visit;

import io.grassroots.calendar.OfficialCalendarData;
import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.inspection.config.PlatformConfig;
import io.grassroots.inspection.merge.MergeSettings;
import io.grassroots.inspection.merge.SyntheticYear;
import io.grassroots.inspection.merge.VisitDays;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Runs the merge engine over a made-up year in the background after start, as a scheduling run, an
 * approval's placement and a cancellation do, so that the year's first real run finds it compiled. It
 * touches no database and no bean that does; readiness does not wait for it.
 */
@ApplicationScoped
public class EngineWarmUp {
    private static final Logger LOG = Logger.getLogger(EngineWarmUp.class);

    /** What the warm-up did: its rounds' times in milliseconds, and what the last round scheduled. */
    public record Report(List<Long> roundMillis, int planTargets, int placed, int visits) {
    }

    @Inject
    PlatformConfig config;

    private final CompletableFuture<Report> done = new CompletableFuture<>();

    void onStart(@Observes StartupEvent start) {
        PlatformConfig.WarmUp warmUp = config.merge().warmUp();
        if (!warmUp.enabled() || warmUp.rounds() <= 0) {
            done.complete(new Report(List.of(), 0, 0, 0));
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Report report = run(warmUp.planTargets(), warmUp.rounds());
                LOG.infof("merge engine warmed up: %d rounds of %d plan-targets in %s ms", report.roundMillis().size(),
                        report.planTargets(), report.roundMillis());
                done.complete(report);
            } catch (RuntimeException | Error e) {
                // A failed warm-up leaves the engine cold, nothing else: the first run is only slower.
                LOG.warn("merge engine warm-up failed", e);
                done.completeExceptionally(e);
            }
        }, "merge-engine-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The warm-up started after start: completes when it has run (at once when it is off). */
    public CompletableFuture<Report> done() {
        return done;
    }

    /** Schedules a made-up year of about planTargets plan-targets, rounds times, as the service would. */
    public Report run(int planTargets, int rounds) {
        WorkingCalendar calendar = OfficialCalendarData.shipped();
        int year = calendar.years().last();
        VisitDays days = VisitDays.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                calendar::isVisitDay);
        PlatformConfig.Merge merge = config.merge();
        MergeSettings settings = new MergeSettings(merge.teamCapPerVisit(), merge.departmentsPerVisit(),
                MergeSettings.DEFAULTS.unitMonthlyCap(), Map.of(), merge.itineraryDays());
        List<Long> millis = new ArrayList<>();
        SyntheticYear.Figures last = new SyntheticYear.Figures(0, 0, 0);
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            last = SyntheticYear.exercise(SyntheticYear.byCounty(planTargets, year, round), settings, days);
            millis.add((System.nanoTime() - t0) / 1_000_000);
        }
        return new Report(List.copyOf(millis), last.planTargets(), last.placed(), last.visits());
    }
}
