package io.grassroots.assessment.feedback;

import io.grassroots.assessment.config.AssessmentConfig;
import io.grassroots.assessment.jdbc.Sql;
import io.grassroots.assessment.ledger.DirtyRows;
import io.grassroots.assessment.ledger.RatedItems;
import io.grassroots.assessment.ledger.RatedKind;
import io.grassroots.assessment.ledger.VisitStage;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Units rate what they received: a completed visit they hosted, or a data request that named them.
 * One rating per item, which the unit may change for a few days; the ledger's mean feedback follows.
 */
@ApplicationScoped
public class FeedbackService {
    @Inject
    EntityManager em;
    @Inject
    Sql sql;
    @Inject
    Clock clock;
    @Inject
    AssessmentConfig config;

    /** Records a rating (its shape, exactly one item included, checked by Bean Validation) of the item the unit received. */
    @Transactional
    public FeedbackView rate(FeedbackInput in, Caller caller) {
        // FeedbackInput's @ExactlyOne let exactly one of the two through.
        boolean visit = in.visitId() != null && !in.visitId().isBlank();
        RatedKind type = visit ? RatedKind.VISIT : RatedKind.REQUEST;
        String item = visit ? in.visitId().trim() : in.requestId().trim();
        if (visit) {
            Optional<String> status = sql.run(c -> RatedItems.visitStatus(c, item, caller.unit()));
            if (status.isEmpty()) {
                throw ProblemException.notFound("visit " + item);
            }
            if (!VisitStage.COMPLETED.name().equals(status.get())) {
                throw ProblemException.conflict("NOT_YET", "visit " + item + " is " + status.get()
                        + "; it can be rated once it has taken place");
            }
        } else if (!sql.run(c -> RatedItems.requestReceived(c, item, caller.unit()))) {
            throw ProblemException.notFound("data request " + item);
        }
        Long existing = em.createQuery("select count(f) from Feedback f where f.unitCode = :u and f.itemType = :t "
                + "and f.itemId = :i", Long.class).setParameter("u", caller.unit()).setParameter("t", type)
                .setParameter("i", item).getSingleResult();
        if (existing > 0) {
            throw ProblemException.conflict("ONCE",
                    "this " + type.name().toLowerCase() + " is rated already; change that "
                            + "rating with PUT /api/feedback/{id} while it is editable");
        }
        Feedback f = new Feedback();
        f.id = UUID.randomUUID();
        f.unitCode = caller.unit();
        f.itemType = type;
        f.itemId = item;
        f.rating = in.rating();
        f.comment = blankToNull(in.comment());
        f.createdAt = Instant.now(clock);
        f.updatedAt = f.createdAt;
        em.persist(f);
        em.flush();
        touchLedger(f);
        return view(f);
    }

    @Transactional
    public FeedbackView change(UUID id, FeedbackInput in, Caller caller) {
        Feedback f = owned(id, caller);
        Instant now = Instant.now(clock);
        if (now.isAfter(editableUntil(f))) {
            throw ProblemException.conflict("EDIT_WINDOW", "a rating can be changed for " + config.feedback().editDays()
                    + " days; this one was given at " + f.createdAt + " and closed at " + editableUntil(f));
        }
        f.rating = in.rating();
        f.comment = blankToNull(in.comment());
        f.updatedAt = now;
        em.flush();
        touchLedger(f);
        return view(f);
    }

    @Transactional
    public List<FeedbackView> mine(Caller caller) {
        return em.createQuery("select f from Feedback f where f.unitCode = :u order by f.createdAt desc",
                Feedback.class).setParameter("u", caller.unit()).setMaxResults(500).getResultList().stream()
                .map(this::view).toList();
    }

    @Transactional
    public FeedbackView get(UUID id, Caller caller) {
        return view(owned(id, caller));
    }

    private Feedback owned(UUID id, Caller caller) {
        Feedback f = em.find(Feedback.class, id);
        if (f == null || !f.unitCode.equals(caller.unit())) {
            throw ProblemException.notFound("feedback " + id);
        }
        return f;
    }

    /** The departments the rated item belongs to get their ledger rows recomputed. */
    private void touchLedger(Feedback f) {
        sql.run(c -> {
            DirtyRows.mark(c, f.itemType == RatedKind.VISIT ? RatedItems.ofVisit(c, f.itemId)
                    : RatedItems.ofRequest(c, f.itemId));
            return null;
        });
    }

    private Instant editableUntil(Feedback f) {
        return f.createdAt.plus(Duration.ofDays(config.feedback().editDays()));
    }

    private FeedbackView view(Feedback f) {
        return new FeedbackView(f.id, f.unitCode, f.itemType, f.itemId, f.rating, f.comment, f.createdAt, f.updatedAt,
                editableUntil(f));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
