package io.grassroots.assessment.ledger.arithmetic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A unit's burden in one month: visits hosted, data tasks received, and the estimated hours they took. */
public record UnitMonth(int month, int visits, int visitDays, int dataTasks, int fieldsAsked,
        BigDecimal estimatedHours) {
    public static UnitMonth of(int month, int visits, int visitDays, int tasks, int fields, int minutes,
            double hoursPerVisitDay) {
        double hours = visitDays * hoursPerVisitDay + minutes / 60.0;
        return new UnitMonth(month, visits, visitDays, tasks, fields,
                BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP));
    }
}
