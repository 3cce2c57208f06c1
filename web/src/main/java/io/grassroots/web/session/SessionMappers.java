package io.grassroots.web.session;

import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.GatewayUnavailable;
import io.grassroots.web.api.SessionEnded;
import io.grassroots.web.i18n.Zh;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a page becomes when it cannot be shown: the sign-in page when the session is missing or over
 * (its cookie cleared at once), and otherwise an error page in Chinese with the right status.
 * htmx requests get an HX-Redirect instead, since a redirect followed inside a partial update would
 * put the sign-in page into the middle of the list.
 */
public class SessionMappers {
    private static final Logger LOG = Logger.getLogger(SessionMappers.class);

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance error(String heading, String message);
    }

    @Inject
    SessionCookies cookies;

    @ServerExceptionMapper
    public Response sessionEnded(SessionEnded e, HttpServerRequest request) {
        String target = "/signin";
        String reason = switch (e.reason()) {
            case EXPIRED -> "expired";
            case REVOKED -> "revoked";
            case NONE -> null;
        };
        String back = "GET".equals(request.method().name()) && request.getHeader("HX-Request") == null
                ? request.uri() : null;
        target += reason == null ? "" : "?m=" + reason;
        if (back != null && !"/".equals(back)) {
            target += (reason == null ? "?" : "&") + "next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        }
        Response.ResponseBuilder answer = request.getHeader("HX-Request") != null
                ? Response.noContent().header("HX-Redirect", target)
                : Response.seeOther(java.net.URI.create(target));
        return answer.cookie(cookies.clear(request)).header("Cache-Control", "no-store").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "无权访问", "您的角色不能查看此页面。如需办理，请联系本级统筹办。");
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "页面不存在", "您访问的页面不存在，请从首页重新进入。");
    }

    @ServerExceptionMapper
    public Response unavailable(GatewayUnavailable e) {
        LOG.warnf("the gateway did not answer: %s", e.getMessage());
        return page(503, "平台暂时无法连接", "平台服务暂时无法连接，请稍后刷新重试。");
    }

    @ServerExceptionMapper
    public Response api(ApiException e) {
        int status = e.problem().status();
        if (status >= 500) {
            LOG.warnf("the API failed: %s", e.getMessage());
        }
        return page(status == 404 ? 404 : status >= 500 ? 502 : status, "无法显示", Zh.problem(e.problem()));
    }

    /** Anything else: a page in Chinese, never a stack trace; the cause goes to the log with an id to find it. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException w && w.getResponse().getStatus() < 500) {
            return page(w.getResponse().getStatus(), "无法处理该请求", "请求无法处理，请返回首页重新操作。");
        }
        String id = java.util.UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "page failed, error %s", id);
        return page(500, "系统出错", "系统出错，请稍后再试。如问题持续，请将错误编号 " + id + " 告知管理员。");
    }

    private static Response page(int status, String heading, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(heading, message)).build();
    }
}
