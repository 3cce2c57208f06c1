package io.grassroots.inspection.rules;

import io.grassroots.calendar.Notice;
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
        LocalDate submitted = context.submissionDate();
        Notice notice = Notice.of(context.calendar(), submitted, plan.windowStart(),
                context.parameters().noticeWorkingDays());
        if (notice.enough()) {
            return Optional.empty();
        }
        return Optional.of("window starts " + plan.windowStart() + ", " + notice.daysGiven()
                + " working day(s) after submission on " + submitted + "; notice requires " + notice.required()
                + " (earliest start " + notice.earliest() + ")");
    }
}
