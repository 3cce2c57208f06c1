package io.grassroots.web.pages;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** The public red/black list as assessment-service answers it (GET /api/burden/leaderboard). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LeaderboardView(int year, String region, int departmentsRanked, String formula, List<Entry> red,
        List<Entry> black) {
    /** One department's place and the components of its scores. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(int rank, String departmentId, String name, String regionCode, BigDecimal reliefScore,
            BigDecimal burdenScore, BigDecimal cutAchieved, BigDecimal shareRate, BigDecimal mergeShare,
            BigDecimal feedbackMean, BigDecimal unitHoursImposed, int targetsFiled, Integer quotaLimit,
            int submissionsRefused) {
    }

    public List<Entry> red() {
        return red == null ? List.of() : red;
    }

    public List<Entry> black() {
        return black == null ? List.of() : black;
    }
}
