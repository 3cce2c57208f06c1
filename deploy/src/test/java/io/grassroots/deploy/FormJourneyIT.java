package io.grassroots.deploy;

import static io.grassroots.deploy.FormSheets.cell;
import static io.grassroots.deploy.FormSheets.filledFromShared;
import static io.grassroots.deploy.FormSheets.highlighted;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A department's own spreadsheet through the real stack (#16): it uploads the form it would send to
 * townships, corrects the proposed mapping and confirms it, downloads the form filled from shared data;
 * a township fills the cells left to it through its task's workbook, and the next download has them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FormJourneyIT extends BrowserJourney {
    /**
     * 兴宁区's department: the demo year's figures of 青秀区 are checked exactly (DemoYearLedgerIT), and a
     * request filed there this year would change them.
     */
    static final String DEPARTMENT = "emergency-xingning";
    static final String COUNTY = "450102";
    /** 朝阳街道 has reported both of the form's figures already. */
    static final String CHAOYANG = "450102002";
    /** 民生街道 has reported its population only: its incidents are asked of it, and it signs in to answer. */
    static final String MINSHENG = "450102001";
    static final String ASKED = "minsheng-street";
    /** Named by its code: 兴宁区 has no unit name two units share, so no row is ambiguous. */
    static final String SANTANG = "450102101";
    /** Named with a typo (…街道办), which the department corrects by typing the code. */
    static final String XINGDONG = "450102003";
    /** 青秀区's 津头街道: another county's, left out. */
    static final String OUTSIDE = "450103005";
    /** A quarter no other journey touches: nothing is coalesced with another request. */
    static final int YEAR = RunningStack.YEAR - 2;
    static final String PERIOD = YEAR + "-Q4";
    static final String TITLE = YEAR + "年第四季度兴宁区安全生产情况统计表";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static String formId;
    private static String requestId;

    @Test
    @Order(1)
    void theDepartmentUploadsItsFormAndSeesTheProposedMapping(RunningStack stack) {
        Map<String, String> names = new HashMap<>();
        JsonPath units = api(stack, DEPARTMENT).get("/api/units?parent=" + COUNTY + "&level=TOWNSHIP&size=50")
                .then().statusCode(200).extract().jsonPath();
        units.getList("items", Map.class).forEach(u -> names.put((String) u.get("code"), (String) u.get("name")));
        TownshipReports.report(stack, stack.stack.minter().mint("form-journey-" + CHAOYANG, "UNIT", null, CHAOYANG,
                CHAOYANG, Duration.ofHours(1)), CHAOYANG, PERIOD,
                Map.of("RESIDENT_POPULATION", 61234,
                        "SAFETY_INCIDENTS", 2));
        TownshipReports.report(stack, SignedIn.as(stack, ASKED), MINSHENG, PERIOD,
                Map.of("RESIDENT_POPULATION", 48321));
        byte[] form = FormSheets.departmentForm(TITLE, new String[] { names.get(CHAOYANG), names.get(MINSHENG), SANTANG,
                names.get(XINGDONG) + "办", OUTSIDE },
                new String[] { null, "人口为常住口径", "按代码填写", null,
                        "青秀区的街道，误列" });

        ConsoleSession.signIn(browser, DEPARTMENT);
        browser.get("/forms");
        browser.find("#file").sendKeys(FormSheets.file("安全生产统计表.xlsx", form).toString());
        browser.find("#upload-button").click();
        browser.await(d -> d.getCurrentUrl().contains("uploaded=1") || !browser.all("#upload-errors").isEmpty());
        assertTrue(browser.url().contains("uploaded=1"), "the form is read, not refused: " + browser.text("main"));
        formId = browser.path().replaceAll("^/forms/([0-9a-f-]{36}).*$", "$1");

        assertTrue(browser.text("#uploaded-notice").contains("其中 3 行已对应到单位"), browser.text("#uploaded-notice"));
        assertEquals(TITLE, browser.find("#title").getAttribute("value"));
        assertEquals(PERIOD, browser.find("#period").getAttribute("value"), "the period is read from the title");
        // Every column but the units' (B) as proposed: by name, by alias, or none.
        Map<String, String> columns = Map.of("A", "NONE:", "C", "NAME:RESIDENT_POPULATION", "D", "NONE:",
                "E", "ALIAS:SAFETY_INCIDENTS", "F", "NONE:");
        for (WebElement li : browser.all("#form-columns li")) {
            String column = li.getAttribute("data-column");
            String chosen = new Select(browser.find("#col-" + column)).getFirstSelectedOption().getAttribute("value");
            assertEquals(columns.get(column), li.getAttribute("data-match") + ":" + chosen.substring(2), column);
        }
        assertEquals(columns.size(), browser.all("#form-columns li").size());
        assertTrue(browser.text("#form-columns li[data-column=C]").contains("基本情况 / 常住人口（人）"),
                "the group header and the column's own: " + browser.text("#form-columns li[data-column=C]"));
        // The rows needing attention: the typo, the other county's unit and the total; the rest matched.
        assertEquals(List.of("7:UNKNOWN", "8:OUTSIDE_REGION", "9:UNKNOWN"), browser.all("#form-rows li").stream()
                .map(li -> li.getAttribute("data-row") + ":" + li.getAttribute("data-match")).toList());
        assertEquals("6", browser.find("#rows-total").getAttribute("data-total"));
        assertTrue(browser.text("#row-table tr[data-row='6']").contains(names.get(SANTANG)), "the code names its unit");
        browser.check("form", "1-proposed");
    }

    @Test
    @Order(2)
    void theDepartmentCorrectsARowAndConfirms(RunningStack stack) {
        String title = YEAR + "年第四季度安全生产情况（旅程 " + System.nanoTime() + "）";
        browser.find("#title").clear();
        browser.find("#title").sendKeys(title);
        browser.find("#period").clear();
        browser.find("#period").sendKeys(PERIOD);
        browser.find("#code-7").sendKeys(XINGDONG);
        // Too short a notice first: the page says so next to the date and keeps what was typed.
        confirm(LocalDate.now(CHINA).plusDays(2));
        browser.await(d -> !browser.all("#dueDate-error").isEmpty());
        assertEquals(XINGDONG, browser.find("#code-7").getAttribute("value"));
        assertEquals(title, browser.find("#title").getAttribute("value"));
        browser.expectError("/forms/" + formId + "/confirm - Failed to load resource: .* status of (400|422)");
        browser.check("form", "2-notice");

        confirm(LocalDate.now(CHINA).plusDays(45));
        browser.await(d -> d.getCurrentUrl().contains("filed=1"));
        JsonPath filed = api(stack, DEPARTMENT).get("/api/forms/" + formId).then().statusCode(200).extract().jsonPath();
        assertEquals("FILED", filed.getString("status"));
        assertEquals(title, filed.getString("title"));
        // Four townships (the corrected row included) × two indicators: three cells were in shared data.
        assertEquals(List.of(8, 3, 5, 5), List.of(filed.getInt("summary.cellsTotal"),
                filed.getInt("summary.filledFromShared"), filed.getInt("summary.askedOfUnits"),
                filed.getInt("summary.awaiting")));
        requestId = filed.getString("requestId");
        assertTrue(browser.text("#filed-notice").contains("3 个单元格由共享数据直接填好"), browser.text("#filed-notice"));
        assertEquals("5", browser.find("#form-summary [data-awaiting]").getAttribute("data-awaiting"));
        browser.check("form", "3-filed");
    }

    @Test
    @Order(3)
    void theFilledWorkbookKeepsTheFormAndSaysWhereEachValueCameFrom() throws Exception {
        byte[] filled = FormSheets.download(browser, browser.find("#download-workbook").getAttribute("href"));
        try (XSSFWorkbook workbook = FormSheets.read(filled)) {
            XSSFSheet sheet = workbook.getSheet("安全生产");
            assertEquals(TITLE, cell(sheet, "A1").getStringCellValue());
            assertTrue(sheet.getMergedRegions().stream().anyMatch(r -> r.formatAsString().equals("C2:D2")));
            assertEquals("安全生产事故起数", cell(sheet, "E3").getStringCellValue());
            filledFromShared(cell(sheet, "C4"), 61234);
            filledFromShared(cell(sheet, "E4"), 2);
            filledFromShared(cell(sheet, "C5"), 48321);
            for (String asked : List.of("E5", "C6", "E6", "C7", "E7")) {
                assertTrue(highlighted(cell(sheet, asked)), asked + " is asked of its unit");
                assertNull(cell(sheet, asked).getCellComment(), asked);
            }
            // Rows left out, the unknown column and the notes stay as the department wrote them.
            assertFalse(highlighted(cell(sheet, "C8")), "the other county's row is not asked");
            assertEquals(12.5, cell(sheet, "D4").getNumericCellValue());
            assertEquals("按代码填写", cell(sheet, "F6").getStringCellValue());
            assertEquals("SUM(C4:C8)", cell(sheet, "C9").getCellFormula());
            assertNotNull(workbook.getSheet("汇总"), "the summary sheet");
            XSSFSheet sources = workbook.getSheet("数据来源");
            assertNotNull(sources, "the provenance sheet");
            assertEquals(List.of("C4", "E4", "C5"), List.of(cell(sources, "A2").getStringCellValue(),
                    cell(sources, "A3").getStringCellValue(), cell(sources, "A4").getStringCellValue()));
        }
    }

    @Test
    @Order(4)
    void theAskedTownshipFillsItsTaskWorkbookAndTheNextDownloadHasIt(RunningStack stack) throws Exception {
        String taskId = api(stack, DEPARTMENT).get("/api/data-requests/" + requestId).then().statusCode(200).extract()
                .jsonPath().getString("fields.find { it.unit == '" + MINSHENG
                        + "' && it.indicator == 'SAFETY_INCIDENTS' }.taskId");
        assertNotNull(taskId, "民生街道's incidents are asked of it");
        ConsoleSession.signIn(browser, ASKED);
        browser.get("/unit/tasks");
        WebElement task = browser.find("section[data-task='" + taskId + "']");
        assertEquals("OPEN", task.getAttribute("data-status"));
        byte[] sheet = FormSheets.download(browser, browser.find("#download-" + taskId).getAttribute("href"));
        byte[] typed = FormSheets.fillTask(sheet, "SAFETY_INCIDENTS", 1);
        browser.find("#file-" + taskId).sendKeys(FormSheets.file("民生街道填报.xlsx", typed).toString());
        browser.find("#upload-" + taskId + " button[type=submit]").click();
        browser.await(d -> !browser.all("#upload-result-" + taskId).isEmpty());
        List<String> accepted = browser.all("#upload-result-" + taskId + " .accepted-rows li").stream()
                .map(WebElement::getText).toList();
        assertEquals(1, accepted.size(), browser.text("#upload-result-" + taskId));
        assertTrue(accepted.get(0).contains("生产安全事故起数"), accepted.get(0));
        WebElement done = browser.find("section[data-task='" + taskId + "']");
        assertEquals("FULFILLED", done.getAttribute("data-status"));
        assertTrue(browser.text("#task-" + taskId).endsWith(YEAR + " 年第四季度数据"), browser.text("#task-" + taskId));
        browser.show("#upload-result-" + taskId);
        browser.check("form", "4-task-uploaded");

        ConsoleSession.signIn(browser, DEPARTMENT);
        browser.get("/forms/" + formId);
        assertEquals("4", browser.find("#form-summary [data-awaiting]").getAttribute("data-awaiting"));
        byte[] again = FormSheets.download(browser, browser.find("#download-workbook").getAttribute("href"));
        try (XSSFWorkbook workbook = FormSheets.read(again)) {
            XSSFSheet form = workbook.getSheet("安全生产");
            filledFromShared(cell(form, "E5"), 1);
            assertTrue(highlighted(cell(form, "E6")), "三塘镇 has not answered yet");
            assertEquals("E5", cell(workbook.getSheet("数据来源"), "A5").getStringCellValue());
        }
        browser.check("form", "5-answered");
    }

    @Test
    @Order(5)
    void theFormPagesFitAPhone(RunningStack stack) {
        // A second form with the same headers: a draft, its mapping remembered from the first.
        String draft = api(stack, DEPARTMENT).contentType(FormSheets.XLSX).body(FormSheets.departmentForm("下一季度",
                new String[] { CHAOYANG, MINSHENG }, new String[] { null, null })).post("/api/forms?name=next.xlsx")
                .then().statusCode(201).body("remembered", equalTo(true)).extract().path("id");
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        for (String path : List.of("/forms", "/forms/" + formId, "/forms/" + draft)) {
            browser.get(path);
            Number overflow = (Number) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow.intValue(), path + " scrolls sideways at 360 px");
            browser.check("form-phone",
                    path.equals("/forms") ? "list" : path.equals("/forms/" + draft) ? "draft" : "filed");
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    /** Sets the due date as a date picker would and confirms, accepting the page's question. */
    private static void confirm(LocalDate due) {
        browser.script("arguments[0].value = arguments[1];", browser.find("#dueDate"), due.toString());
        browser.find("#confirm-button").click();
        browser.driver().switchTo().alert().accept();
    }

    private static io.restassured.specification.RequestSpecification api(RunningStack stack, String user) {
        return ConsoleSession.api(stack, user);
    }
}
