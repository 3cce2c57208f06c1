package io.grassroots.assessment.score;

import io.grassroots.assessment.jdbc.Sql;
import io.grassroots.assessment.score.arithmetic.ScoreCard;
import io.grassroots.events.assessment.ScorePublishedV1;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Publishes a region's assessment scores for a year as score.published.v1, one per unit with any
 * input, through the outbox. Publishing again announces only the cards that changed since, so a
 * correction reaches readers without repeating everything else.
 */
@ApplicationScoped
public class ScorePublisher {
    @Inject
    ScoreService scores;
    @Inject
    Sql sql;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** What a publication did. */
    public record Publication(String region, int year, int unitsScored, int published, int unchanged) {
    }

    @Transactional
    public Publication publish(String region, int year, Caller coordinator) {
        if (!coordinator.oversees(region)) {
            throw ProblemException.notFound("region " + region);
        }
        Map<String, ScoreCard.Card> cards = scores.region(region, year);
        Map<String, String> last = sql.run(c -> PublishedScores.fingerprints(c, region, year));
        Instant now = Instant.now(clock);
        List<ScorePublishedV1> events = new ArrayList<>();
        List<PublishedScores.Row> rows = new ArrayList<>();
        int scored = 0;
        for (Map.Entry<String, ScoreCard.Card> e : cards.entrySet()) {
            ScoreCard.Card card = e.getValue();
            if (card.total() == null) {
                continue;
            }
            scored++;
            String fingerprint = fingerprint(card);
            if (fingerprint.equals(last.get(e.getKey()))) {
                continue;
            }
            events.add(new ScorePublishedV1(e.getKey(), year, card.total(), card.lines().stream()
                    .map(l -> new ScorePublishedV1.IndicatorScore(l.indicator(), l.weight(), l.value(), l.score()))
                    .toList(), coordinator.subject(), now));
            rows.add(new PublishedScores.Row(e.getKey(), year, card.total(), fingerprint, coordinator.subject(), now));
        }
        sql.run(c -> {
            PublishedScores.record(c, rows);
            return null;
        });
        outbox.publishAll(events);
        return new Publication(region, year, scored, events.size(), scored - events.size());
    }

    /** What readers of a card see: its total and each line's value and score. */
    static String fingerprint(ScoreCard.Card card) {
        StringBuilder out = new StringBuilder(card.total().toPlainString());
        for (ScoreCard.Line l : card.lines()) {
            out.append('|').append(l.indicator()).append('=')
                    .append(l.value() == null ? "-" : l.value().toPlainString())
                    .append(':').append(l.score() == null ? "-" : l.score().toPlainString()).append(':')
                    .append(l.weight().toPlainString());
        }
        return out.toString();
    }
}
