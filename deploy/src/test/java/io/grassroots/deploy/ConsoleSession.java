package io.grassroots.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;

/** A demo user at the console's sign-in form, as a person signs in, and the same user at the API. */
final class ConsoleSession {
    private ConsoleSession() {
    }

    /** Opens the sign-in form without any cookie and types the user's name and password. */
    static void fill(Browser browser, String user) {
        browser.anonymous().get("/signin");
        browser.find("#username").sendKeys(user);
        browser.find("#password").sendKeys(DemoAccounts.PASSWORD);
    }

    /** Sends the filled form and checks that the header names the user. */
    static void submit(Browser browser, String user) {
        browser.find("form.form button[type=submit]").click();
        browser.await(d -> !d.getCurrentUrl().contains("/signin"));
        assertTrue(browser.text("header").contains(user), "signed in as " + user);
    }

    static void signIn(Browser browser, String user) {
        fill(browser, user);
        submit(browser, user);
    }

    /** The platform's API through the gateway as the user, for what a page should show. */
    static RequestSpecification api(RunningStack stack, String user) {
        return given().baseUri(stack.gateway()).auth().oauth2(SignedIn.as(stack, user));
    }
}
