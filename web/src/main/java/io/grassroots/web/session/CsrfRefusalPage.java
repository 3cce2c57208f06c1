package io.grassroots.web.session;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a form with a bare 400 and no body; a user whose form page sat open past
 * the token's lifetime would see a blank page. This gives that refusal a page in Chinese instead.
 */
public class CsrfRefusalPage {
    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance refused();
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && !"GET".equals(request.getMethod())) {
            // Rendered here, since this runs after the filter that renders a returned template; and
            // without the layout, whose sign-out form needs the CSRF token this request did not get.
            response.setEntity(Templates.refused().render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
