package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The plan form as a keyboard user meets it: the skip link first, then every control in the order shown. */
final class PlanFormKeyboard {
    /** A control by its id, else its name and value (a checkbox of a list), else its text (a button). */
    private static final String NAMED = "const named = (e) => e.id || (e.name ? e.name + '=' + e.value"
            + " : e.tagName.toLowerCase() + ':' + e.textContent.trim());\n";

    private PlanFormKeyboard() {
    }

    /**
     * Tab order on the plan form, as a keyboard user meets it: the first Tab lands on the skip link,
     * Enter on it moves the focus to the main region, and Tab from there goes through the form's controls
     * in the order they are shown, none left out.
     */
    static void reachesTheFormInOrder(Browser browser) {
        browser.tab();
        WebElement skip = browser.focused();
        assertEquals("跳到正文", skip.getText());
        assertTrue(skip.getAttribute("class").contains("skip"), skip.getAttribute("outerHTML"));
        assertTrue(skip.getLocation().getX() >= 0, "the skip link shows once focused");
        browser.check("year", "0-skip-link");
        browser.press(Keys.ENTER);
        browser.await(d -> "main".equals(browser.focused().getAttribute("id")));
        browser.tab();
        assertEquals("/plans", browser.focused().getAttribute("pathname"), "first in the main region: the way back");
        @SuppressWarnings("unchecked")
        List<String> controls = (List<String>) browser.script(NAMED + """
                return [...document.querySelectorAll('main form.form :is(input, select, textarea, button)')]
                  .filter((e) => e.type !== 'hidden').map(named);""");
        List<String> reached = new ArrayList<>();
        String submit = controls.get(controls.size() - 1);
        // A date input takes a Tab per part (year, month, day): the focus stays on it meanwhile.
        for (int i = 0; i < 3 * controls.size() && !submit.equals(last(reached)); i++) {
            browser.tab();
            String now = (String) browser.script(NAMED + "return named(document.activeElement);");
            if (!now.equals(last(reached))) {
                reached.add(now);
            }
        }
        assertEquals(controls, reached, "Tab goes through the plan form in order");
        assertTrue(controls.subList(0, 2).equals(List.of("title", "year")) && controls.contains("windowStart")
                && controls.contains("mandate"), "the form's inputs: " + controls);
    }

    private static String last(List<String> list) {
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }
}
