package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** bench-results names the highest rate it sustained, whatever order BENCH_RATES lists the rates in. */
class ResultsSummaryTest {
    @Test
    void theHighestRateSustainedIsTheHighestNotTheLast() {
        ResultsBenchmark.Summary summary = new ResultsBenchmark.Summary();
        summary.sustained(1000, 95.04);
        summary.sustained(100, 20.0);
        assertEquals(List.of("highest rate sustained (everything visible within 1000 ms of the last send): 1000 "
                + "events/s", "goal p99 <= 100 ms at 1000 events/s: 95.0 ms, met"), summary.lines());
    }

    @Test
    void noRateSustainedMissesTheGoal() {
        assertEquals(List.of("highest rate sustained (everything visible within 1000 ms of the last send): none of "
                + "those tried", "goal p99 <= 100 ms at 1000 events/s: missed (not sustained)"),
                new ResultsBenchmark.Summary().lines());
    }
}
