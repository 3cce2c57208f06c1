package io.grassroots.assessment.register;

import io.grassroots.assessment.register.RegisterViews.IndicatorView;
import io.grassroots.assessment.register.RegisterViews.VetoItemView;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Registers well-formed indicators and veto items (Bean Validation checked their fields) that pass
 * {@link RegisterRules}; a refused one changes nothing.
 */
@ApplicationScoped
public class RegisterService {
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    public IndicatorView register(IndicatorInput in, Caller caller) {
        refuseIf(RegisterRules.indicator(in, LocalDate.now(clock)));
        if (em.find(AssessmentIndicator.class, in.code()) != null) {
            throw ProblemException.conflict("UNIQUE", "indicator " + in.code() + " is registered already");
        }
        AssessmentIndicator i = new AssessmentIndicator();
        i.code = in.code();
        i.name = in.name().trim();
        i.description = in.description();
        i.evidenceKind = in.evidenceKind();
        i.evidence = in.evidence().trim();
        i.mandate = MandateColumns.of(in.mandate());
        i.source = in.evidenceKind();
        i.dataIndicator = "SHARED_DATA".equals(in.evidenceKind()) ? in.dataIndicator().trim() : null;
        i.direction = in.direction();
        i.target = in.target();
        i.weight = in.weight();
        i.regionCode = caller.region();
        i.createdBy = caller.subject();
        i.createdAt = Instant.now(clock);
        em.persist(i);
        return IndicatorView.of(i);
    }

    @Transactional
    public VetoItemView register(VetoItemInput in, Caller caller) {
        refuseIf(RegisterRules.vetoItem(in, LocalDate.now(clock)));
        if (em.find(VetoItem.class, in.code()) != null) {
            throw ProblemException.conflict("UNIQUE", "veto item " + in.code() + " is registered already");
        }
        VetoItem v = new VetoItem();
        v.code = in.code();
        v.title = in.title().trim();
        v.description = in.description();
        v.mandate = MandateColumns.of(in.mandate());
        v.createdBy = caller.subject();
        v.createdAt = Instant.now(clock);
        em.persist(v);
        return VetoItemView.of(v);
    }

    @Transactional
    public List<AssessmentIndicator> indicators() {
        return em.createQuery("select i from AssessmentIndicator i order by i.code", AssessmentIndicator.class)
                .getResultList();
    }

    @Transactional
    public List<VetoItemView> vetoItems() {
        return em.createQuery("select v from VetoItem v order by v.code", VetoItem.class).getResultList().stream()
                .map(VetoItemView::of).toList();
    }

    @Transactional
    public IndicatorView indicator(String code) {
        AssessmentIndicator i = em.find(AssessmentIndicator.class, code);
        if (i == null) {
            throw ProblemException.notFound("indicator " + code);
        }
        return IndicatorView.of(i);
    }

    @Transactional
    public VetoItemView vetoItem(String code) {
        VetoItem v = em.find(VetoItem.class, code);
        if (v == null) {
            throw ProblemException.notFound("veto item " + code);
        }
        return VetoItemView.of(v);
    }

    private static void refuseIf(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
    }
}
