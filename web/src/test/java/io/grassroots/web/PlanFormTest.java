package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The draft form: the API's violations next to their inputs in Chinese, a saved draft's findings likewise. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class PlanFormTest {

    @Test
    void aProblemsViolationsAppearNextToTheirInputsInChinese() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/plans/new").then().statusCode(200).body(containsString("<option value=\"WORK_SAFETY\">安全生产"));
        String html = browser.form("/plans/new", "title", " ", "year", "2027", "targets", "450102001\nx",
                "teamSize", "3").then().statusCode(400).extract().asString();
        assertTrue(html.contains("<p class=\"error\" id=\"title-error\">标题为必填项</p>"), html);
        assertTrue(html.contains("<p class=\"error\" id=\"targets-error\">检查对象第 2 项格式不正确</p>"), html);
        assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"title-error \""), html);
        // What was typed stays in the form: a listed township as its ticked box, the rest in the box of codes.
        assertTrue(html.contains("value=\"450102001\" checked> 民生街道"), html);
        assertTrue(html.contains(">x</textarea>"), html);
        var sent = StubGateway.REQUESTS.stream().filter(r -> r.uri().equals("/api/plans") && r.method().equals("POST"))
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(sent.body().contains("\"targets\":[\"450102001\",\"x\"]") && sent.body().contains("\"year\":2027"),
                sent.body());
    }

    @Test
    void aSavedDraftShowsItsFindingsNextToTheirInputs() {
        Browser browser = Browser.signedIn("emergency-xingning");
        browser.get("/plans/new");
        browser.form("/plans/new", "title", "春季安全生产检查", "year", "2027", "under", "450102", "level", "TOWNSHIP",
                "teamSize", "8").then().statusCode(303)
                .header("Location", containsString("/plans/" + StubGateway.PLAN + "/edit?saved=1"));
        var sent = StubGateway.REQUESTS.stream().filter(r -> r.uri().equals("/api/plans") && r.method().equals("POST"))
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(sent.body().contains("\"targetSelector\":{\"under\":\"450102\",\"level\":\"TOWNSHIP\"}"),
                sent.body());
        String html = browser.get("/plans/" + StubGateway.PLAN + "/edit?saved=1").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("草稿已保存"), html);
        assertTrue(html.contains("id=\"teamSize-note\">不能报送：检查组人数超过上限"), html);
        assertTrue(html.contains("id=\"targets-note\">需统筹办审核：超出本部门年度计划配额"), html);
        browser.form("/plans/" + StubGateway.PLAN + "/edit", "title", "改过的标题", "year", "2027", "teamSize", "4")
                .then().statusCode(303);
    }

    @Test
    void townshipsTickedInThePickerJoinTheCodesTyped() {
        Browser browser = Browser.signedIn("emergency-xingning");
        String page = browser.get("/plans/new").then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"township-picker\"") && page.contains("value=\"450102002\"> 朝阳街道"), page);
        browser.form("/plans/new", "title", "两街道检查", "year", "2027", "targets", "450102001001\n450102002",
                "targetUnits", "450102002", "targetUnits", "450102001", "teamSize", "3").then().statusCode(303);
        var sent = StubGateway.REQUESTS.stream().filter(r -> r.uri().equals("/api/plans") && r.method().equals("POST"))
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(sent.body().contains("\"targets\":[\"450102001001\",\"450102002\",\"450102001\"]"),
                "each code once: " + sent.body());
    }

    @Test
    void onlyADepartmentFilesPlans() {
        Browser.signedIn("coordinator-1").get("/plans/new").then().statusCode(403);
    }
}
