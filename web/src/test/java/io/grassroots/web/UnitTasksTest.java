package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.grassroots.web.support.UnitStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The unit's data tasks: a form of only the missing fields, its problems next to the field, the task done after. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class UnitTasksTest {

    private static String card(String html, String task) {
        int start = html.indexOf("data-task=\"" + task + "\"");
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
    }

    @Test
    void anOpenTasksFormHasOnlyTheMissingFieldsWithTheirChineseNames() {
        String html = Browser.signedIn("unit-minsheng").get("/unit/tasks").then().statusCode(200).extract()
                .asString();
        String open = card(html, UnitStub.TASK_REFUSED);
        // Asked for two fields, one of them already answered from shared data: only the population is asked.
        assertTrue(open.contains("<dd>户籍人口、安全生产事故起数</dd>"), open);
        assertEquals(1, open.split("name=\"value\"", -1).length - 1, open);
        assertTrue(open.contains("id=\"task-" + UnitStub.TASK_REFUSED + "-POPULATION\""), open);
        assertTrue(open.contains(">户籍人口</label>") && open.contains("整数，0 至 1000000（人）"), open);
        assertFalse(open.contains("-SAFETY_INCIDENTS\""), open);
        assertTrue(open.contains("</span> 2026 年度数据</h2>"), open);
        String done = card(html, UnitStub.TASK_DONE);
        assertTrue(done.contains("已完成") && !done.contains("<form"), done);
        assertTrue(done.contains("</span> 2026 年第一季度数据</h2>"), "a quarter is not a year: " + done);
    }

    @Test
    void aValueOutOfRangeIsShownNextToItsFieldWithWhatWasTyped() {
        Browser unit = Browser.signedIn("unit-minsheng");
        unit.get("/unit/tasks");
        String html = unit.form("/unit/tasks/" + UnitStub.TASK_REFUSED, "indicator", "POPULATION", "value",
                "5000000").then().statusCode(400).extract().asString();
        String field = "task-" + UnitStub.TASK_REFUSED + "-POPULATION";
        assertTrue(html.contains("<p class=\"error\" id=\"" + field + "-error\">取值不符合要求：须为整数，0 至 1000000（人）</p>"),
                html);
        assertTrue(html.contains("value=\"5000000\""), html);
        assertTrue(html.contains("aria-describedby=\"" + field + "-hint " + field + "-error\" aria-invalid=\"true\""),
                html);
        var sent = StubGateway.REQUESTS.stream().filter(r -> r.uri().endsWith(UnitStub.TASK_REFUSED + "/submit"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("{\"values\":[{\"indicator\":\"POPULATION\",\"value\":5000000}]}", sent.body());
    }

    @Test
    void aValueThatIsNotANumberIsRefusedHereAndNotSent() {
        Browser unit = Browser.signedIn("unit-minsheng");
        unit.get("/unit/tasks");
        int before = StubGateway.REQUESTS.size();
        String html = unit.form("/unit/tasks/" + UnitStub.TASK_REFUSED, "indicator", "POPULATION", "value", "三千")
                .then().statusCode(400).extract().asString();
        assertTrue(html.contains("-POPULATION-error\">请填写数字</p>"), html);
        assertTrue(StubGateway.REQUESTS.subList(before, StubGateway.REQUESTS.size()).stream()
                .noneMatch(r -> r.uri().contains("/submit")));
    }

    @Test
    void aTaskSubmittedIsShownDone() {
        Browser unit = Browser.signedIn("unit-minsheng");
        unit.get("/unit/tasks");
        unit.form("/unit/tasks/" + UnitStub.TASK_TO_DO, "indicator", "POPULATION", "value", " 35120 ").then()
                .statusCode(303).header("Location", containsString("/unit/tasks?done=" + UnitStub.TASK_TO_DO));
        String html = unit.get("/unit/tasks?done=" + UnitStub.TASK_TO_DO).then().statusCode(200).extract().asString();
        assertTrue(html.contains("填报已提交，任务已完成。"), html);
        String card = card(html, UnitStub.TASK_TO_DO);
        assertTrue(card.contains("data-status=\"FULFILLED\"") && !card.contains("<form"), card);
    }

    @Test
    void aPostWithoutTheFormsTokenIsRefused() {
        Browser unit = Browser.signedIn("unit-minsheng");
        unit.request().contentType("application/x-www-form-urlencoded").formParam("indicator", "POPULATION")
                .formParam("value", "1").post("/unit/tasks/" + UnitStub.TASK_REFUSED).then().statusCode(400);
    }
}
