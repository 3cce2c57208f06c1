package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The coordinator's approval queue: submitted plans with their findings, and the decision form. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class ApprovalsTest {
    private static final String DECIDE = "/approvals/" + StubGateway.PLAN;

    @Test
    void theQueueListsTheSubmittedPlansWithTheirFindingsInChinese() {
        Browser browser = Browser.signedIn("coordinator-1");
        String html = browser.get("/approvals?year=2027&page=1").then().statusCode(200).extract().asString();
        assertTrue(html.contains("第2页的计划") && html.contains("450102-emergency") && html.contains("WORK_SAFETY")
                && html.contains("2027-03-01 至 2027-03-31") && html.contains("6 个"), html);
        assertTrue(html.contains("需统筹办审核</span> 超出本部门年度计划配额"), html);
        assertTrue(html.contains("通知时间不足"), html);
        assertTrue(html.contains("name=\"acceptedFindings\" value=\"ANNUAL_QUOTA\""), html);
        assertTrue(html.contains("name=\"acceptedFindings\" value=\"NOTICE\""), html);
        assertTrue(html.contains("href=\"/approvals?year=2027&amp;page=2\""), html);
        var call = StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith("/api/plans?")).reduce((a, b) -> b)
                .orElseThrow();
        assertEquals("/api/plans?status=SUBMITTED&year=2027&page=1&size=20", call.uri());
        assertEquals("Bearer " + browser.cookie(Browser.SESSION), call.authorization());
    }

    @Test
    void approvingSendsTheDecisionWithTheAcceptedFindingsAndTheReason() {
        Browser browser = Browser.signedIn("coordinator-1");
        browser.get("/approvals");
        browser.form(DECIDE, "decision", "APPROVE", "acceptedFindings", "ANNUAL_QUOTA", "acceptedFindings", "NOTICE",
                "reason", " 汛期前必须检查 ").then().statusCode(303)
                .header("Location", containsString("/approvals?decided=APPROVE"));
        assertEquals("{\"decision\":\"APPROVE\",\"reason\":\"汛期前必须检查\","
                + "\"acceptedFindings\":[\"ANNUAL_QUOTA\",\"NOTICE\"]}", lastDecision().body());
        browser.get("/approvals?decided=APPROVE").then().statusCode(200).body(containsString("计划已批准。"));
    }

    @Test
    void aMissingReasonShowsNextToItsFieldAndIsNotSent() {
        Browser browser = Browser.signedIn("coordinator-1");
        browser.get("/approvals");
        int before = StubGateway.REQUESTS.size();
        String html = browser.form(DECIDE, "decision", "REJECT", "reason", " ").then().statusCode(400).extract()
                .asString();
        assertTrue(html.contains("id=\"reason-" + StubGateway.PLAN + "-error\">请填写理由</p>"), html);
        assertTrue(html.contains("value=\"REJECT\" checked"), html);
        assertTrue(StubGateway.REQUESTS.subList(before, StubGateway.REQUESTS.size()).stream()
                .noneMatch(r -> r.uri().endsWith("/decision")));
    }

    @Test
    void anUnacceptedReviewFindingShowsNextToTheCheckboxesKeepingWhatWasTyped() {
        Browser browser = Browser.signedIn("coordinator-1");
        browser.get("/approvals");
        String html = browser.form(DECIDE, "decision", "APPROVE", "acceptedFindings", "ANNUAL_QUOTA", "reason",
                "配额可以例外").then().statusCode(422).extract().asString();
        assertTrue(html.contains("id=\"accept-" + StubGateway.PLAN + "-error\">需审核的规则提示须逐项勾选接受后才能批准"),
                html);
        assertTrue(html.contains("value=\"ANNUAL_QUOTA\" checked"), html);
        assertTrue(html.contains(">配额可以例外</textarea>"), html);
        assertEquals("{\"decision\":\"APPROVE\",\"reason\":\"配额可以例外\",\"acceptedFindings\":[\"ANNUAL_QUOTA\"]}",
                lastDecision().body());
    }

    @Test
    void aRejectionSendsNoAcceptedFindings() {
        Browser browser = Browser.signedIn("coordinator-1");
        browser.get("/approvals");
        browser.form(DECIDE, "decision", "REJECT", "acceptedFindings", "NOTICE", "reason", "对象过多")
                .then().statusCode(303).header("Location", containsString("decided=REJECT"));
        assertEquals("{\"decision\":\"REJECT\",\"reason\":\"对象过多\",\"acceptedFindings\":[]}",
                lastDecision().body());
    }

    @Test
    void aPlanWithABlockingFindingCanOnlyBeRejected() {
        String html = Browser.signedIn("coordinator-1").get("/approvals?year=2026").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("不能报送</span> 检查组人数超过上限"), html);
        assertTrue(html.contains("value=\"APPROVE\" disabled"), html);
        assertTrue(html.contains("value=\"REJECT\" checked") && html.contains("只能退回"), html);
    }

    @Test
    void onlyACoordinatorSeesTheQueue() {
        Browser.signedIn("emergency-xingning").get("/approvals").then().statusCode(403);
        Browser.signedIn("coordinator-1").get("/").then().statusCode(200)
                .body(containsString("<a href=\"/approvals\">审批队列</a>"));
    }

    private static StubGateway.Recorded lastDecision() {
        return StubGateway.REQUESTS.stream().filter(r -> r.uri().endsWith("/decision") && r.method().equals("POST"))
                .reduce((a, b) -> b).orElseThrow();
    }
}
