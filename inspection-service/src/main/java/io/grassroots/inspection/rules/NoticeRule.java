package io.grassroots.inspection.rules;

import java.time.LocalDate;
import java.util.Optional;

/** 上午发通知、下午要情况 must stop: the window starts at least N working days after submission. */
public final class NoticeRule implements PlanRule {
    @Override
    public RuleId id() {
        return RuleId.NOTICE;
    }

    @Override
    public Optional<String> check(PlanFacts plan, RuleContext context) {
        int required = context.parameters().noticeWorkingDays();
        LocalDate submitted = context.submissionDate();
        LocalDate earliest = context.calendar().plusWorkingDays(submitted, required);
        if (!plan.windowStart().isBefore(earliest)) {
            return Optional.empty();
        }
        int given = plan.windowStart().isAfter(submitted)
                ? context.calendar().workingDaysAfter(submitted, plan.windowStart()) : 0;
        return Optional.of("window starts " + plan.windowStart() + ", " + given
                + " working day(s) after submission on " + submitted + "; notice requires " + required
                + " (earliest start " + earliest + ")");
    }
}
