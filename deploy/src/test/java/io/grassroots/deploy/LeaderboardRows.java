package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A department's rows on the public red and black list, each figure as the page shows what the API ranks. */
final class LeaderboardRows {
    private LeaderboardRows() {
    }

    /** The open page's two tables (red, then black) show the department's entry of the API's board. */
    static void assertShownAsRanked(Browser browser, JsonPath board, String department, int filed) {
        List<WebElement> tables = browser.all(".table-wrap table");
        assertEquals(2, tables.size(), "the red and the black table");
        for (int t = 0; t < 2; t++) {
            String list = t == 0 ? "red" : "black";
            Map<String, Object> entry = entry(board, list, department);
            WebElement row = tables.get(t).findElement(By.cssSelector("tr[data-department='" + department + "']"));
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            String name = entry.get("name") == null ? department : (String) entry.get("name");
            assertTrue(cells.get(1).startsWith(name) && cells.get(1).contains((String) entry.get("regionCode")),
                    list + ": " + cells);
            List<String> shown = new ArrayList<>(cells);
            shown.remove(1);
            assertEquals(List.of(String.valueOf(entry.get("rank")), dec(entry.get("reliefScore")),
                    dec(entry.get("burdenScore")), pct(entry.get("cutAchieved")), pct(entry.get("shareRate")),
                    pct(entry.get("mergeShare")), dec(entry.get("feedbackMean")), filed + "/"
                            + (entry.get("quotaLimit") == null ? "—" : entry.get("quotaLimit")),
                    String.valueOf(entry.get("submissionsRefused"))), shown, list + " row as the API ranks it");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(JsonPath board, String list, String department) {
        return ((List<Map<String, Object>>) (List<?>) board.getList(list)).stream()
                .filter(e -> department.equals(e.get("departmentId"))).findFirst()
                .orElseThrow(
                        () -> new AssertionError(department + " is on the " + list + " list: " + board.prettify()));
    }

    /** A number as the list shows it: one decimal, "—" for none. */
    private static String dec(Object value) {
        return value == null ? "—" : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A share as the list shows it: a whole percentage. */
    private static String pct(Object value) {
        return value == null ? "—"
                : new BigDecimal(value.toString()).movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
    }
}
