package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A department's plans: filtered and paged through the API with its token, updated in place by htmx. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class PlansTest {

    @Test
    void theListAsksTheApiWithTheFilterAndTheUsersToken() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/plans?year=2027&status=DRAFT&page=1").then().statusCode(200)
                .body(containsString("本部门计划")).body(containsString("第2页的计划")).body(containsString("共 41 项"))
                .body(containsString("第 2 / 3 页")).body(containsString("草稿"))
                .body(containsString("href=\"/plans?year=2027&amp;status=DRAFT&amp;page=2\""))
                .body(containsString("<option value=\"2027\" selected>"));
        var call = StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith("/api/plans?")).reduce((a, b) -> b)
                .orElseThrow();
        assertTrue(call.uri().equals("/api/plans?year=2027&status=DRAFT&page=1&size=20"), call.uri());
        assertTrue(call.authorization().equals("Bearer " + browser.cookie(Browser.SESSION)));
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.request().header("HX-Request", "true").get("/plans?status=NOT_A_STATUS").then().statusCode(200)
                .header("Vary", containsString("HX-Request")).body(containsString("第1页的计划"))
                .body(not(containsString("<html"))).body(not(containsString("<form")));
        var call = StubGateway.REQUESTS.stream().filter(r -> r.uri().startsWith("/api/plans?")).reduce((a, b) -> b)
                .orElseThrow();
        assertTrue(call.uri().equals("/api/plans?page=0&size=20"), "an unknown status is not sent on: " + call.uri());
    }

    @Test
    void aPlansDetailShowsItsFindingsInChinese() {
        Browser.signedIn("emergency-xingning").get("/plans/" + StubGateway.PLAN).then().statusCode(200)
                .body(containsString("2027年春季安全生产检查"))
                .body(containsString("检查组人数超过上限")).body(containsString("不能报送"))
                .body(containsString("超出本部门年度计划配额")).body(containsString("需统筹办审核"))
                .body(containsString("报送审批"));
    }

    @Test
    void aRefusedSubmissionSaysWhyInChinese() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/plans/" + StubGateway.PLAN);
        browser.form("/plans/" + StubGateway.PLAN + "/submit").then().statusCode(422)
                .body(containsString("提交的内容有误")).body(containsString("<li>检查组人数超过上限（轻车简从"));
    }

    @Test
    void cancellingSendsTheReasonAndShowsThePlanCancelled() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/plans/" + StubGateway.PLAN).then().body(containsString("id=\"cancel-plan\""));
        browser.form("/plans/" + StubGateway.PLAN + "/cancel", "reason", " 上级通知取消 ").then().statusCode(200)
                .body(containsString("计划已撤销")).body(containsString("已撤销"))
                .body(org.hamcrest.Matchers.not(containsString("id=\"cancel-plan\"")));
        var call = StubGateway.REQUESTS.stream().filter(r -> r.uri().endsWith("/cancel")).reduce((a, b) -> b)
                .orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals("{\"reason\":\"上级通知取消\"}", call.body());
        Browser.signedIn("coordinator-1").get("/plans/" + StubGateway.PLAN).then()
                .body(org.hamcrest.Matchers.not(containsString("id=\"cancel-plan\"")));
    }

    @Test
    void anAuditorReadsThePlansButIsOfferedNoFormThatChangesThem() {
        Browser auditor = Browser.signedIn("auditor-xingning");
        String list = auditor.get("/plans?year=2027").then().statusCode(200).extract().asString();
        assertTrue(list.contains("<h1>辖区计划</h1>") && list.contains("第1页的计划"), list);
        assertTrue(!list.contains("href=\"/plans/new\"") && !list.contains("新建计划"), list);
        // The stub's plan is a draft, which its department may edit, submit and cancel: the auditor may do none.
        String detail = auditor.get("/plans/" + StubGateway.PLAN).then().statusCode(200).extract().asString();
        assertTrue(detail.contains("2027年春季安全生产检查") && detail.contains("规则检查结果"), detail);
        assertTrue(!detail.contains("id=\"cancel-plan\"") && !detail.contains("action=\"/plans/")
                && !detail.contains("/edit\"") && !detail.contains("报送审批</button>"), detail);
        auditor.get("/plans/new").then().statusCode(403);
        auditor.form("/plans/" + StubGateway.PLAN + "/cancel", "reason", "x").then().statusCode(403);
    }

    @Test
    void aMalformedPlanIdIsNotFound() {
        Browser.signedIn("emergency-xingning").get("/plans/not-an-id").then().statusCode(404)
                .body(containsString("页面不存在"));
    }
}
