package io.grassroots.assessment.ledger.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger's arithmetic, without Quarkus: shares, hours, scores, ranking and what counts as material. */
class LedgerArithmeticTest {
    private final LedgerArithmetic arithmetic = new LedgerArithmetic(4);

    static DepartmentTally tally(String id, int targetsFiled, Integer baseline, int visited, int merged,
            double dayShare, int requested, int shared, int coalesced, int taskMinutes, int refused, int ratings,
            int ratingSum) {
        return new DepartmentTally(id, id, "COUNTY", "450102", 2026, 1, targetsFiled, 1, targetsFiled, 0, 0, baseline,
                baseline == null ? null : baseline / 2, visited, merged, dayShare, requested > 0 ? 1 : 0, requested,
                shared, requested - shared - coalesced, coalesced, 0, 0, taskMinutes, refused, refused, 0, ratings,
                ratingSum);
    }

    @Test
    void everyComponentCountsByItsWeight() {
        // cut (10-4)/10 = 0.6, share (24+3)/30 = 0.9, merge 2/3, feedback (4-1)/4 = 0.75
        LedgerRow row = arithmetic.row(tally("a", 4, 10, 3, 2, 3.5, 30, 24, 3, 60, 2, 2, 8));
        assertEquals(new BigDecimal("0.600"), row.cutAchieved());
        assertEquals(new BigDecimal("0.900"), row.shareRate());
        assertEquals(new BigDecimal("0.667"), row.mergeShare());
        assertEquals(new BigDecimal("4.00"), row.feedbackMean());
        // README: relief = 100 x (0.4 x 0.6 + 0.3 x 0.9 + 0.2 x 0.6667 + 0.1 x 0.75) / 1.0
        // = 100 x (0.24 + 0.27 + 0.13333 + 0.075) = 71.833..., shown to 2 places
        assertEquals(new BigDecimal("71.83"), row.reliefScore());
        // 3.5 visit days x 4 h + 60 min of tasks = 15 h; 2 refusals x 4 h
        assertEquals(new BigDecimal("15.00"), row.unitHoursImposed());
        assertEquals(new BigDecimal("23.00"), row.burdenScore());
        assertEquals(Boolean.TRUE, row.withinQuota());
    }

    @Test
    void componentsWithoutADenominatorAreLeftOutNotCountedAsZero() {
        LedgerRow onlyShare = arithmetic.row(tally("b", 0, null, 0, 0, 0, 10, 8, 0, 0, 0, 0, 0));
        assertNull(onlyShare.cutAchieved());
        assertNull(onlyShare.mergeShare());
        assertNull(onlyShare.feedbackMean());
        assertEquals(new BigDecimal("80.00"), onlyShare.reliefScore());
        LedgerRow nothing = arithmetic.row(tally("c", 0, null, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0));
        assertEquals(new BigDecimal("0.00"), nothing.reliefScore());
        assertEquals(new BigDecimal("4.00"), nothing.burdenScore());
    }

    @Test
    void theCutIsClampedWhenADepartmentFilesMoreThanItsBaseline() {
        LedgerRow row = arithmetic.row(tally("d", 14, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertEquals(new BigDecimal("0.000"), row.cutAchieved());
        assertEquals(Boolean.FALSE, row.withinQuota());
    }

    @Test
    void theListsRankDeterministically() {
        LedgerRow high = arithmetic.row(tally("high", 2, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        LedgerRow tieA = arithmetic.row(tally("tie-a", 5, 10, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0));
        LedgerRow tieB = arithmetic.row(tally("tie-b", 5, 10, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0));
        LedgerRow heavy = arithmetic.row(tally("heavy", 9, 10, 0, 0, 10, 0, 0, 0, 0, 3, 0, 0));
        List<LedgerRow> rows = List.of(tieB, heavy, high, tieA);
        assertEquals(List.of("high", "tie-a", "tie-b", "heavy"), LedgerArithmetic.red(rows, 10).stream()
                .map(r -> r.counts().departmentId()).toList());
        assertEquals(List.of("heavy", "tie-a", "tie-b"), LedgerArithmetic.black(rows, 3).stream()
                .map(r -> r.counts().departmentId()).toList());
    }

    @Test
    void onlyVisibleChangesAreMaterial() {
        LedgerRow base = arithmetic.row(tally("e", 4, 10, 3, 2, 3.5, 30, 24, 3, 60, 0, 3, 12));
        // Ten more task minutes move hours by 0.17 h: not material.
        assertEquals(LedgerArithmetic.fingerprint(base), LedgerArithmetic.fingerprint(
                arithmetic.row(tally("e", 4, 10, 3, 2, 3.5, 30, 24, 3, 70, 0, 3, 12))));
        // One more plan-target filed is.
        assertNotEquals(LedgerArithmetic.fingerprint(base), LedgerArithmetic.fingerprint(
                arithmetic.row(tally("e", 5, 10, 3, 2, 3.5, 30, 24, 3, 60, 0, 3, 12))));
        // A rating that moves the mean from 4.0 to 3.75 is.
        assertNotEquals(LedgerArithmetic.fingerprint(base), LedgerArithmetic.fingerprint(
                arithmetic.row(tally("e", 4, 10, 3, 2, 3.5, 30, 24, 3, 60, 0, 4, 15))));
    }
}
