package io.grassroots.share.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** A request's figures without its fields, for views that show many requests or one large one. */
@ApplicationScoped
public class RequestFigures {
    /** What a request asked and how it was answered so far; {@code pending} fields still wait on units. */
    public record Figures(UUID id, RequestStatus status, int fieldsTotal, int answeredShared, int askedOfUnits,
            int coalesced,
            int minutesSaved, long pending) {
    }

    @Inject
    EntityManager em;
    @Inject
    RequestFields fields;

    @Transactional
    public Optional<Figures> of(UUID id) {
        DataRequest r = id == null ? null : em.find(DataRequest.class, id);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new Figures(r.id, r.status, r.fieldsTotal, r.answeredShared, r.askedOfUnits, r.coalesced,
                r.minutesSaved, fields.pending(id)));
    }
}
