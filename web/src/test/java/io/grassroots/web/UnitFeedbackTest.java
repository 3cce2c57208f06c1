package io.grassroots.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.web.support.Browser;
import io.grassroots.web.support.StubGateway;
import io.grassroots.web.support.UnitStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Rating a visit or a data request: the rating is posted and shown, a refusal is shown next to its input. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class UnitFeedbackTest {

    @Test
    void theRequestsTheAccessLogNamesAreOfferedAndALinkPreselectsItsItem() {
        String html = Browser.signedIn("unit-minsheng").get("/unit/feedback?visit=" + UnitStub.DONE_VISIT).then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("<option value=\"REQUEST:" + UnitStub.REQUEST + "\">数据申请 e4eaaaf2（450102-emergency）"),
                html);
        assertTrue(html.contains("<option value=\"VISIT:" + UnitStub.DONE_VISIT + "\" selected>"), html);
    }

    @Test
    void aRatingIsPostedAndItsResultShown() {
        Browser unit = Browser.signedIn("unit-minsheng");
        unit.get("/unit/feedback");
        unit.form("/unit/feedback", "item", "VISIT:" + UnitStub.DONE_VISIT, "rating", "4", "comment", " 检查组轻车简从 ")
                .then().statusCode(303).header("Location", containsString("/unit/feedback?rated=" + UnitStub.RATING));
        var sent = StubGateway.REQUESTS.stream()
                .filter(r -> r.uri().equals("/api/feedback") && r.method().equals("POST"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("{\"visitId\":\"" + UnitStub.DONE_VISIT + "\",\"rating\":4,\"comment\":\"检查组轻车简从\"}",
                sent.body());
        String html = unit.get("/unit/feedback?rated=" + UnitStub.RATING).then().statusCode(200).extract().asString();
        assertTrue(html.contains("data-rating=\"4\">评价已提交：检查评分 4 分，“检查组轻车简从”。"), html);
        assertTrue(html.contains("<tr data-rating-id=\"" + UnitStub.RATING + "\">"), html);
    }

    @Test
    void aVisitNotYetCompletedIsRefusedNextToTheChoice() {
        Browser unit = Browser.signedIn("unit-minsheng");
        unit.get("/unit/feedback");
        String html = unit.form("/unit/feedback", "item", "VISIT:" + UnitStub.PLANNED_VISIT, "rating", "2").then()
                .statusCode(409).extract().asString();
        assertTrue(html.contains("<p class=\"error\" id=\"item-error\">检查完成后才能评价</p>"), html);
        assertTrue(html.contains("id=\"rating-2\" name=\"rating\" value=\"2\" checked"), html);
    }

    @Test
    void aMissingRatingIsShownHereAndNothingIsSent() {
        Browser unit = Browser.signedIn("unit-minsheng");
        unit.get("/unit/feedback");
        int before = StubGateway.REQUESTS.size();
        String html = unit.form("/unit/feedback", "item", "REQUEST:" + UnitStub.REQUEST).then().statusCode(400)
                .extract().asString();
        assertTrue(html.contains("<p class=\"error\" id=\"rating-error\">请选择 1 至 5 分</p>"), html);
        assertTrue(StubGateway.REQUESTS.subList(before, StubGateway.REQUESTS.size()).stream()
                .noneMatch(r -> r.method().equals("POST") && r.uri().equals("/api/feedback")));
    }
}
