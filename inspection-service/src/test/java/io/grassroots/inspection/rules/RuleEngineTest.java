package io.grassroots.inspection.rules;

import static io.grassroots.inspection.rules.RuleCases.CALENDAR;
import static io.grassroots.inspection.rules.RuleCases.SUBMITTED;
import static io.grassroots.inspection.rules.RuleCases.context;
import static io.grassroots.inspection.rules.RuleCases.findings;
import static io.grassroots.inspection.rules.RuleCases.plan;
import static io.grassroots.inspection.rules.RuleCases.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.calendar.Blackout;
import io.grassroots.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules on the plan alone: passing, failing and boundary cases, through the engine as the service calls it. */
class RuleEngineTest {
    private final RuleEngine engine = new RuleEngine();

    @Test
    void aPlainSpecialPlanInsideItsRegionPassesEveryRule() {
        assertEquals(List.of(), engine.evaluate(plan(), context(List.of())));
    }

    @Nested
    class TeamSize {
        @Test
        void atTheCapPasses() {
            assertEquals(List.of(),
                    findings(with(plan(), Map.of("teamSize", 5)), context(List.of()), RuleId.TEAM_SIZE));
        }

        @Test
        void overTheCapBlocksWithTheNumbers() {
            List<Finding> f = findings(with(plan(), Map.of("teamSize", 6)), context(List.of()), RuleId.TEAM_SIZE);
            assertEquals(1, f.size());
            assertEquals(Severity.BLOCK, f.get(0).severity());
            assertEquals("teamSize", f.get(0).field());
            assertTrue(f.get(0).message().contains("team size 6 exceeds the cap of 5"), f.get(0).message());
        }

        @Test
        void aRegionCanSetItsOwnCap() {
            RuleParameters three = new RuleParameters(Map.of(), 1, 0.5, 3, 10, 2);
            RuleContext ctx = new RuleContext(three, Optional.empty(), CALENDAR, SUBMITTED, List.of());
            assertEquals(1, findings(with(plan(), Map.of("teamSize", 4)), ctx, RuleId.TEAM_SIZE).size());
        }
    }

    @Nested
    class Notice {
        @Test
        void exactlyTenWorkingDaysIsEnough() {
            PlanFacts p = with(plan(), Map.of("windowStart", LocalDate.of(2026, 3, 16)));
            assertEquals(List.of(), findings(p, context(List.of()), RuleId.NOTICE));
        }

        @Test
        void nineWorkingDaysBlocksAndNamesTheEarliestStart() {
            PlanFacts p = with(plan(), Map.of("windowStart", LocalDate.of(2026, 3, 13)));
            Finding f = findings(p, context(List.of()), RuleId.NOTICE).get(0);
            assertEquals(Severity.BLOCK, f.severity());
            assertTrue(f.message().contains("9 working day(s) after submission on 2026-03-02"), f.message());
            assertTrue(f.message().contains("earliest start 2026-03-16"), f.message());
        }

        @Test
        void holidaysDoNotCountAsNoticeDays() {
            // Submitted 2026-09-28 (Mon): 09-29, 09-30, then National Day; 10-08 and 10-09 are working days.
            RuleContext ctx = new RuleContext(RuleParameters.DEFAULTS, Optional.empty(), CALENDAR,
                    LocalDate.of(2026, 9, 28), List.of());
            PlanFacts p = with(plan(), Map.of("windowStart", LocalDate.of(2026, 10, 12),
                    "windowEnd", LocalDate.of(2026, 10, 30)));
            Finding f = findings(p, ctx, RuleId.NOTICE).get(0);
            assertTrue(f.message().contains("earliest start 2026-10-16"), f.message());
        }

        @Test
        void aWindowAlreadyStartedReportsZeroNotice() {
            PlanFacts p = with(plan(), Map.of("windowStart", LocalDate.of(2026, 3, 1)));
            assertTrue(findings(p, context(List.of()), RuleId.NOTICE).get(0).message().contains(", 0 working day"));
        }
    }

    @Nested
    class Calendar {
        @Test
        void aWindowOfOneWorkingDayHoldsAOneDayVisit() {
            PlanFacts p = with(plan(), Map.of("windowStart", LocalDate.of(2026, 4, 3),
                    "windowEnd", LocalDate.of(2026, 4, 3)));
            assertEquals(List.of(), findings(p, context(List.of()), RuleId.CALENDAR));
        }

        @Test
        void aWeekendAndHolidayOnlyWindowBlocks() {
            // 2026-10-01..10-07 is the National Day holiday.
            PlanFacts p = with(plan(), Map.of("windowStart", LocalDate.of(2026, 10, 1),
                    "windowEnd", LocalDate.of(2026, 10, 7)));
            Finding f = findings(p, context(List.of()), RuleId.CALENDAR).get(0);
            assertEquals(Severity.BLOCK, f.severity());
            assertTrue(f.message().contains("holds 0 working day(s)"), f.message());
        }

        @Test
        void blackoutsAreNamedInTheFinding() {
            WorkingCalendar august = CALENDAR.withBlackouts(
                    List.of(new Blackout(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), "无会月")));
            RuleContext ctx = new RuleContext(RuleParameters.DEFAULTS, Optional.empty(), august, SUBMITTED, List.of());
            PlanFacts p = with(plan(), Map.of("windowStart", LocalDate.of(2026, 8, 3),
                    "windowEnd", LocalDate.of(2026, 8, 28)));
            assertTrue(findings(p, ctx, RuleId.CALENDAR).get(0).message().contains("无会月 2026-08-01..2026-08-31"));
        }

        @Test
        void multiDayWorkNeedsThatManyVisitDays() {
            // 2026-04-03 (Fri) to 04-07 (Tue): 04-04..04-06 is the Qingming holiday, so two days remain.
            PlanFacts two = with(plan(), Map.of("windowStart", LocalDate.of(2026, 4, 3),
                    "windowEnd", LocalDate.of(2026, 4, 7), "onSiteDays", 2));
            PlanFacts three = with(two, Map.of("onSiteDays", 3));
            assertEquals(List.of(), findings(two, context(List.of()), RuleId.CALENDAR));
            assertTrue(findings(three, context(List.of()), RuleId.CALENDAR).get(0).message()
                    .contains("holds 2 working day(s)"));
        }
    }

    @Nested
    class CalendarUnknown {
        private final PlanFacts next = new PlanFacts("p-2027", "450102-emergency", "450102", 2027, false,
                "WORK_SAFETY", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 29), 1, 3, Set.of("450102001"),
                "", null);

        @Test
        void aWindowInAYearWithoutAnArrangementIsForReviewNamingTheYear() {
            Finding f = findings(next, context(List.of()), RuleId.CALENDAR_UNKNOWN).get(0);
            assertEquals(Severity.REVIEW, f.severity());
            assertEquals("windowStart", f.field());
            assertEquals("no official holiday arrangement for 2027 is loaded yet: weekends only are excluded; "
                    + "load it with PUT /api/calendar/2027", f.message());
        }

        @Test
        void aLoadedYearIsKnownAndAPolicyMayMakeTheRuleBlock() {
            WorkingCalendar loaded = CALENDAR.withYear(new io.grassroots.calendar.OfficialYear(2027,
                    Map.of(LocalDate.of(2027, 10, 1), "国庆节"), Set.of()));
            RuleContext ctx = new RuleContext(RuleParameters.DEFAULTS, Optional.empty(), loaded, SUBMITTED, List.of());
            assertEquals(List.of(), findings(next, ctx, RuleId.CALENDAR_UNKNOWN));

            Map<RuleId, Severity> strict = new EnumMap<>(RuleParameters.DEFAULTS.severities());
            strict.put(RuleId.CALENDAR_UNKNOWN, Severity.BLOCK);
            RuleParameters p = RuleParameters.DEFAULTS;
            RuleContext blocking = new RuleContext(new RuleParameters(strict, p.comprehensivePerYear(), p.quotaCut(),
                    p.teamSizeCap(), p.noticeWorkingDays(), p.unitMonthlyCap()), Optional.empty(), CALENDAR, SUBMITTED,
                    List.of());
            assertTrue(findings(next, blocking, RuleId.CALENDAR_UNKNOWN).get(0).blocks());
        }
    }

    @Nested
    class TargetInRegion {
        @Test
        void unitsOfANeighbouringCountyBlock() {
            PlanFacts p = with(plan(), Map.of("targets", Set.of("450102001", "450103001", "450103002")));
            Finding f = findings(p, context(List.of()), RuleId.TARGET_IN_REGION).get(0);
            assertEquals(Severity.BLOCK, f.severity());
            assertTrue(f.message().startsWith("2 of 3 targets lie outside region 450102"), f.message());
            assertTrue(f.message().contains("450103001, 450103002"), f.message());
        }

        @Test
        void villagesUnderTheCountyAreInside() {
            PlanFacts p = with(plan(), Map.of("targets", Set.of("450102001001", "450102001")));
            assertEquals(List.of(), findings(p, context(List.of()), RuleId.TARGET_IN_REGION));
        }
    }

    @Nested
    class MandateRequired {
        @Test
        void comprehensivePlanWithoutMandateBlocks() {
            PlanFacts p = with(plan(), Map.of("comprehensive", true, "mandate", " "));
            assertEquals(Severity.BLOCK, findings(p, context(List.of()), RuleId.MANDATE_REQUIRED).get(0).severity());
        }

        @Test
        void vetoItemWithoutMandateBlocks() {
            PlanFacts p = with(plan(), Map.of("vetoItem", "安全生产一票否决"));
            assertTrue(findings(p, context(List.of()), RuleId.MANDATE_REQUIRED).get(0).message().contains("veto item"));
        }

        @Test
        void namedMandateOrSpecialPlanPasses() {
            PlanFacts p = with(plan(), Map.of("comprehensive", true, "mandate", "桂办发〔2026〕3号"));
            assertEquals(List.of(), findings(p, context(List.of()), RuleId.MANDATE_REQUIRED));
            assertEquals(List.of(), findings(plan(), context(List.of()), RuleId.MANDATE_REQUIRED));
        }
    }

    @Test
    void severitiesFollowTheRegionsParameters() {
        Map<RuleId, Severity> severities = new EnumMap<>(RuleId.class);
        severities.put(RuleId.TEAM_SIZE, Severity.REVIEW);
        RuleParameters lenient = new RuleParameters(severities, 1, 0.5, 5, 10, 2);
        RuleContext ctx = new RuleContext(lenient, Optional.empty(), CALENDAR, SUBMITTED, List.of());
        assertEquals(Severity.REVIEW, findings(with(plan(), Map.of("teamSize", 8)), ctx, RuleId.TEAM_SIZE)
                .get(0).severity());
    }

    @Test
    void findingsComeInRuleOrder() {
        PlanFacts bad = with(plan(), Map.of("teamSize", 9, "windowStart", LocalDate.of(2026, 3, 3),
                "targets", new HashSet<>(Set.of("450103001"))));
        assertEquals(List.of(RuleId.TEAM_SIZE, RuleId.NOTICE, RuleId.TARGET_IN_REGION),
                engine.evaluate(bad, context(List.of())).stream().map(Finding::rule).toList());
    }
}
