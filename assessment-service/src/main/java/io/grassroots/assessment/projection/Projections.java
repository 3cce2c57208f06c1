package io.grassroots.assessment.projection;

import io.grassroots.assessment.directory.DirectoryFacts;
import io.grassroots.assessment.ledger.DataFacts;
import io.grassroots.assessment.ledger.DepartmentYear;
import io.grassroots.assessment.ledger.DirtyRows;
import io.grassroots.assessment.ledger.PlanFacts;
import io.grassroots.assessment.ledger.PlanStage;
import io.grassroots.assessment.ledger.VisitFacts;
import io.grassroots.assessment.ledger.VisitStage;
import io.grassroots.assessment.score.ScoreFacts;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.data.DataReportedV1;
import io.grassroots.events.data.RequestFiledV1;
import io.grassroots.events.data.TaskIssuedV1;
import io.grassroots.events.directory.DepartmentUpsertedV1;
import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.events.plan.PlanApprovedV1;
import io.grassroots.events.plan.PlanCancelledV1;
import io.grassroots.events.plan.PlanRejectedV1;
import io.grassroots.events.plan.PlanSubmissionRefusedV1;
import io.grassroots.events.plan.PlanSubmittedV1;
import io.grassroots.events.result.ResultPublishedV1;
import io.grassroots.events.visit.VisitCompletedV1;
import io.grassroots.events.visit.VisitConfirmedV1;
import io.grassroots.events.visit.VisitRescheduledV1;
import io.grassroots.events.visit.VisitScheduledV1;
import java.sql.Connection;
import io.grassroots.platform.inbox.IncomingEvent;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies one event of another service to this service's read models, on the caller's connection
 * and transaction: the consumer has recorded the event id in platform-service's inbox first, so a
 * redelivery never gets here, and each fact is written so that the order of delivery does not matter.
 * The same code serves the live consumers and a replay into an empty database.
 */
public final class Projections {
    private Projections() {
    }

    /**
     * Applies a batch of events the inbox has just recorded as delivered for the first time, as
     * {@link #apply} would one by one but with the busy kinds in one statement each for the whole batch:
     * results and shared values, whose facts do not depend on each other's order.
     */
    public static void applyAll(Connection c, List<IncomingEvent> events) throws SQLException {
        List<ResultPublishedV1> results = new ArrayList<>();
        List<DataReportedV1> values = new ArrayList<>();
        for (IncomingEvent incoming : events) {
            if (incoming.event() instanceof ResultPublishedV1 r) {
                results.add(r);
            } else if (incoming.event() instanceof DataReportedV1 d) {
                values.add(d);
            } else {
                apply(c, incoming.id(), incoming.event());
            }
        }
        ScoreFacts.results(c, results);
        ScoreFacts.values(c, values);
    }

    /**
     * Applies an event the inbox has just recorded as delivered for the first time; returns the ledger
     * rows it may have changed.
     */
    public static Set<DepartmentYear> apply(Connection c, String eventId, PlatformEvent event)
            throws SQLException {
        Set<DepartmentYear> touched = new LinkedHashSet<>();
        if (event instanceof UnitUpsertedV1 u) {
            DirectoryFacts.unit(c, u);
        } else if (event instanceof DepartmentUpsertedV1 d) {
            DirectoryFacts.department(c, d);
        } else if (event instanceof PlanSubmittedV1 p) {
            touched.add(PlanFacts.apply(c, p.plan(), PlanStage.SUBMITTED, p.submittedAt(), p.quota()));
        } else if (event instanceof PlanApprovedV1 p) {
            touched.add(PlanFacts.apply(c, p.plan(), PlanStage.APPROVED, null, null));
        } else if (event instanceof PlanRejectedV1 p) {
            touched.add(PlanFacts.apply(c, p.plan(), PlanStage.REJECTED, null, null));
        } else if (event instanceof PlanCancelledV1 p) {
            touched.add(PlanFacts.apply(c, p.plan(), PlanStage.CANCELLED, null, null));
        } else if (event instanceof PlanSubmissionRefusedV1 r) {
            touched.add(PlanFacts.refused(c, eventId, r));
        } else if (event instanceof VisitScheduledV1 v) {
            touched.addAll(VisitFacts.apply(c, v.visit(), false, v.scheduledAt(), VisitStage.SCHEDULED));
        } else if (event instanceof VisitRescheduledV1 v) {
            touched.addAll(VisitFacts.apply(c, v.visit(), v.cancelled(), v.rescheduledAt(), VisitStage.RESCHEDULED));
        } else if (event instanceof VisitConfirmedV1 v) {
            touched.addAll(VisitFacts.apply(c, v.visit(), false, v.confirmedAt(), VisitStage.CONFIRMED));
        } else if (event instanceof VisitCompletedV1 v) {
            touched.addAll(VisitFacts.apply(c, v.visit(), false, v.completedAt(), VisitStage.COMPLETED));
        } else if (event instanceof ResultPublishedV1 r) {
            ScoreFacts.result(c, r);
        } else if (event instanceof DataReportedV1 d) {
            ScoreFacts.value(c, d);
        } else if (event instanceof RequestFiledV1 r) {
            touched.add(DataFacts.request(c, r));
        } else if (event instanceof TaskIssuedV1 t) {
            touched.add(DataFacts.task(c, t));
        }
        // Other events (categories, answered requests, fulfilled tasks) carry nothing the ledger counts.
        DirtyRows.mark(c, touched);
        return touched;
    }
}
