package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.grassroots.web.support.VisitStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A visit's page: the team's result form (findings, rating, rectification rows, indicator values),
 * the API's problems next to the inputs they name, the recorded result shown after; the coordinator's
 * confirmation; another department's visit as the API's 404.
 */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class VisitResultFormTest {
    private static final String CONFIRMED = "/visits/" + VisitStub.CONFIRMED;

    @Test
    void aConfirmedVisitOffersTheTeamTheResultFormWithTheCsrfTokenAndTheCatalogsNames() {
        String html = Browser.signedIn("team-emergency").get(CONFIRMED).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<form method=\"post\" action=\"" + CONFIRMED + "/results\""), html);
        assertTrue(html.matches("(?s).*id=\"result-form\".*name=\"csrf-token\" value=\"[^\"]+\".*"), html);
        assertTrue(html.contains("<option value=\"" + StubGateway.PLAN + "\" selected>2027年春季安全生产检查"), html);
        assertTrue(html.contains("<option value=\"SAFETY_INCIDENTS\">安全生产事故起数（起）</option>"), html);
        assertTrue(html.contains("id=\"item-0\"") && html.contains("id=\"period-0\" name=\"period\" type=\"text\" "
                + "maxlength=\"10\" value=\"2026\""), html);
    }

    @Test
    void aRecordedResultIsSentAsTheApiTakesItAndShownAfter() {
        String visit = "/visits/" + VisitStub.TO_RECORD;
        Browser browser = Browser.signedIn("team-emergency");
        browser.get(visit);
        browser.form(visit + "/results", "planId", StubGateway.PLAN, "findings", " 台账齐全，一处消防通道堵塞 ",
                "rating", "4", "item", "清理消防通道", "dueDate", "2027-04-30", "item", "", "dueDate", "",
                "indicator", "SAFETY_INCIDENTS", "period", "2026", "value", "0", "op", "save").then().statusCode(303)
                .header("Location", containsString(visit + "?recorded=1"));
        var sent = StubGateway.REQUESTS.stream().filter(r -> r.uri().equals("/api/visits/" + VisitStub.TO_RECORD
                + "/results")).reduce((a, b) -> b).orElseThrow();
        // The blank second row is not sent: it would only be an error.
        assertEquals("{\"results\":[{\"planId\":\"" + StubGateway.PLAN + "\",\"findings\":\"台账齐全，一处消防通道堵塞\","
                + "\"rating\":4,\"rectifications\":[{\"item\":\"清理消防通道\",\"dueDate\":\"2027-04-30\"}],"
                + "\"indicatorValues\":[{\"indicator\":\"SAFETY_INCIDENTS\",\"period\":\"2026\",\"value\":0}]}]}",
                sent.body());
        String html = browser.get(visit + "?recorded=1").then().statusCode(200).extract().asString();
        assertTrue(html.contains("结果已录入"), html);
        assertTrue(html.contains("<dd class=\"result-findings\">台账齐全，一处消防通道堵塞</dd>"), html);
        assertTrue(html.contains("4 良好") && html.contains("清理消防通道（2027-04-30 前）"), html);
        assertTrue(html.contains("安全生产事故起数（起），2026：0"), html);
        // Nothing is left to record: the form is gone.
        assertFalse(html.contains("id=\"result-form\""), html);
    }

    @Test
    void theApisProblemsShowNextToTheInputsTheyNameKeepingWhatWasTyped() {
        Browser browser = Browser.signedIn("team-emergency");
        browser.get(CONFIRMED);
        // Row 1 is blank and not sent, so the API's rectifications[1] is the form's row 2.
        String html = browser.form(CONFIRMED + "/results", "planId", StubGateway.PLAN, "findings", "", "rating", "3",
                "item", "更换灭火器", "dueDate", "2027-04-30", "item", "", "dueDate", "", "item", "补充预案",
                "dueDate", "2027-03-01", "indicator", "SAFETY_INCIDENTS", "period", "2026", "value", "many")
                .then().statusCode(400).extract().asString();
        assertTrue(html.contains("<p class=\"error\" id=\"findings-error\">检查发现为必填项</p>"), html);
        assertTrue(html.contains("<p class=\"error\" id=\"dueDate-2-error\">整改期限须晚于检查日期</p>"), html);
        assertTrue(html.contains("id=\"dueDate-2\" name=\"dueDate\" type=\"date\" value=\"2027-03-01\" "
                + "aria-invalid=\"true\" aria-describedby=\"dueDate-2-error\""), html);
        assertFalse(html.contains("id=\"dueDate-1-error\""), html);
        assertTrue(html.contains("id=\"value-0-error\">数值为必填项</p>") && html.contains("value=\"many\""), html);
        assertTrue(html.contains("提交的内容有误，请按提示修改。") && html.contains("<option value=\"3\" selected>"), html);
    }

    @Test
    void rowsAreAddedAndRemovedWithoutCallingTheApi() {
        Browser browser = Browser.signedIn("team-emergency");
        browser.get(CONFIRMED);
        int before = StubGateway.REQUESTS.size();
        String html = browser.form(CONFIRMED + "/results", "planId", StubGateway.PLAN, "findings", "草稿",
                "item", "一", "dueDate", "2027-04-01", "op", "add-rectification").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("id=\"item-1\"") && html.contains("value=\"一\"") && html.contains(">草稿</textarea>"),
                html);
        html = browser.form(CONFIRMED + "/results", "planId", StubGateway.PLAN, "item", "一", "dueDate", "",
                "item", "二", "dueDate", "", "op", "remove-rectification:0").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("id=\"item-0\" name=\"item\" type=\"text\" maxlength=\"1000\" value=\"二\""), html);
        assertFalse(html.contains("id=\"item-1\""), html);
        assertTrue(StubGateway.REQUESTS.subList(before, StubGateway.REQUESTS.size()).stream()
                .noneMatch(r -> r.uri().endsWith("/results")));
    }

    @Test
    void aPlannedVisitHasNoResultFormAndTheCoordinatorConfirmsIt() {
        String visit = "/visits/" + VisitStub.PLANNED;
        String html = Browser.signedIn("team-emergency").get(visit).then().statusCode(200).extract().asString();
        assertFalse(html.contains("id=\"result-form\"") || html.contains("/confirm"), html);

        Browser coordinator = Browser.signedIn("coordinator-1");
        html = coordinator.get(visit).then().statusCode(200).extract().asString();
        assertTrue(html.contains("action=\"" + visit + "/confirm\"") && html.contains("name=\"csrf-token\""), html);
        coordinator.form(visit + "/confirm").then().statusCode(303)
                .header("Location", containsString(visit + "?confirmed=1"));
        // A visit no longer planned: the API's 409, in Chinese, on the visit's page.
        html = coordinator.form(CONFIRMED + "/confirm").then().statusCode(409).extract().asString();
        assertTrue(html.contains("id=\"confirm-errors\"") && html.contains("该检查已不是待确认状态"), html);
        // Too little notice left: the API's NOTICE rule, in Chinese.
        html = coordinator.form("/visits/" + VisitStub.TO_RECORD + "/confirm").then().statusCode(400).extract()
                .asString();
        assertTrue(html.contains("<li>距检查日期不足规定的提前通知工作日，暂不能确认</li>"), html);
    }

    @Test
    void anotherDepartmentsVisitIsTheApisNotFound() {
        Browser browser = Browser.signedIn("team-emergency");
        browser.get("/visits/" + VisitStub.FOREIGN).then().statusCode(404).body(containsString("未找到该内容，或您无权查看。"));
        browser.get("/").then().statusCode(200);
        browser.form("/visits/" + VisitStub.FOREIGN + "/results", "planId", StubGateway.PLAN, "findings", "x",
                "rating", "3").then().statusCode(404);
        browser.get("/visits/not-an-id").then().statusCode(404);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        Browser browser = Browser.signedIn("team-emergency");
        browser.request().contentType("application/x-www-form-urlencoded").formParam("findings", "x")
                .post(CONFIRMED + "/results").then().statusCode(400);
        assertTrue(StubGateway.REQUESTS.stream().noneMatch(r -> r.uri().equals("/api/visits/" + VisitStub.CONFIRMED
                + "/results") && r.body().contains("\"findings\":\"x\"")));
    }
}
