package io.grassroots.assessment.ledger;

import io.grassroots.assessment.config.AssessmentConfig;
import io.grassroots.assessment.jdbc.Sql;
import io.grassroots.assessment.ledger.arithmetic.LedgerArithmetic;
import io.grassroots.assessment.ledger.arithmetic.LedgerRow;
import io.grassroots.assessment.ledger.arithmetic.UnitMonth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the burden ledger: department rows for a year, a unit's months, and the red/black list. */
@ApplicationScoped
public class LedgerService {
    @Inject
    Sql sql;
    @Inject
    AssessmentConfig config;
    @Inject
    Ratings ratings;

    public LedgerArithmetic arithmetic() {
        return new LedgerArithmetic(config.ledger().hoursPerVisitDay());
    }

    @Transactional
    public List<LedgerRow> departments(int year, String region) {
        LedgerArithmetic arithmetic = arithmetic();
        return sql.run(c -> LedgerQuery.departments(c, year, region, ratings)).stream().map(arithmetic::row).toList();
    }

    @Transactional
    public List<UnitMonth> unit(String code, int year) {
        return sql.run(c -> LedgerQuery.unitMonths(c, code, year, config.ledger().hoursPerVisitDay()));
    }

    @Transactional
    public Leaderboard leaderboard(int year, String region, int size) {
        List<LedgerRow> rows = departments(year, region);
        return new Leaderboard(year, region, rows.size(), LedgerArithmetic.FORMULA,
                rank(LedgerArithmetic.red(rows, size)), rank(LedgerArithmetic.black(rows, size)));
    }

    private static List<Leaderboard.Entry> rank(List<LedgerRow> rows) {
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> Leaderboard.Entry.of(i + 1,
                rows.get(i))).toList();
    }
}
