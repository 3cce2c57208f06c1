package io.grassroots.assessment.ledger.arithmetic;

import java.math.BigDecimal;

/**
 * A department's burden-ledger row for a year: its counts and what follows from them. Shares are 0–1,
 * null where their denominator is zero; scores follow {@link LedgerArithmetic#FORMULA}.
 */
public record LedgerRow(DepartmentTally counts, BigDecimal cutAchieved, Boolean withinQuota, BigDecimal mergeShare,
        BigDecimal shareRate, BigDecimal feedbackMean, BigDecimal unitHoursImposed, BigDecimal reliefScore,
        BigDecimal burdenScore) {
}
