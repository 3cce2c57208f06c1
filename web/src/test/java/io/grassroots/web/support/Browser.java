package io.grassroots.web.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.http.entity.mime.HttpMultipartMode;

/** A browser's part in the tests: it keeps the cookies it was given and reads the CSRF token from forms. */
public final class Browser {
    public static final String SESSION = "grassroots_session";
    public static final String CSRF = "grassroots_csrf";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrf;

    /** A browser that opened the sign-in page: it holds the CSRF cookie and the form's token. */
    public static Browser opened() {
        Browser browser = new Browser();
        browser.get("/signin");
        return browser;
    }

    /** A browser signed in as the user (a name starting with "coord" is a coordinator). */
    public static Browser signedIn(String user) {
        Browser browser = opened();
        Response answer = browser.form("/signin", "username", user, "password", StubGateway.PASSWORD);
        if (answer.statusCode() != 303) {
            throw new AssertionError("sign-in answered " + answer.statusCode());
        }
        return browser;
    }

    public Browser cookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    /** A form post with the CSRF token, as the page's own form sends it. */
    public Response form(String path, String... pairs) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            request.formParam(pairs[i], pairs[i + 1]);
        }
        return keep(request.post(path));
    }

    /** A multipart post with a file and the CSRF token, as a page's upload form sends it. */
    public Response upload(String path, String fileName, byte[] bytes, String... pairs) {
        return multipart(path, multipartRequest().multiPart("file", fileName, bytes, "application/octet-stream"),
                pairs);
    }

    /** A multipart form post without a file (a form too large for URL encoding), with the CSRF token. */
    public Response multipart(String path, String... pairs) {
        return multipart(path, multipartRequest(), pairs);
    }

    private RequestSpecification multipartRequest() {
        // As a browser sends it: file names and values in UTF-8, not the US-ASCII the client would use otherwise.
        return request().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .httpMultipartMode(HttpMultipartMode.RFC6532))).multiPart("csrf-token", csrf);
    }

    private Response multipart(String path, RequestSpecification request, String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            request.multiPart(pairs[i], pairs[i + 1], "text/plain; charset=UTF-8");
        }
        return keep(request.post(path));
    }

    private Response keep(Response response) {
        response.getDetailedCookies().asList().forEach(c -> {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        Matcher m = TOKEN.matcher(response.asString());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }
}
