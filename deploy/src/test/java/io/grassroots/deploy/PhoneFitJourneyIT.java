package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** Every role's main pages on a 360 px phone over the demo year: long, perhaps, but never wider than the screen. */
class PhoneFitJourneyIT extends BrowserJourney {
    @Test
    void everyRolesPagesFitAPhone(RunningStack stack) {
        String planId = stack.seeded.emergencyPlan();
        String visitId = stack.seeded.visits().get(0);
        int year = RunningStack.YEAR;
        Map<String, List<String>> pages = Map.of(
                YearJourneyIT.COORDINATOR, List.of("/", "/approvals", "/schedule?year=" + year, "/policy?year=" + year,
                        "/visits", "/ledger", "/accounts", "/data-requests"),
                YearJourneyIT.DEPARTMENT, List.of("/plans", "/plans/new", "/plans/" + planId, "/data-requests/new",
                        "/ledger"),
                YearJourneyIT.TEAM, List.of("/visits", "/visits/itinerary", "/visits/" + visitId),
                YearJourneyIT.UNIT_ACCOUNT, List.of("/unit/calendar?year=" + year, "/unit/tasks", "/unit/access-log",
                        "/unit/feedback", "/account/password"));
        pages.forEach((user, paths) -> {
            ConsoleSession.signIn(browser, user);
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            for (String path : paths) {
                browser.get(path);
                Number overflow = (Number) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertEquals(0, overflow.intValue(), user + " " + path + " scrolls sideways at 360 px");
            }
            browser.check("phone", user);
        });
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }
}
