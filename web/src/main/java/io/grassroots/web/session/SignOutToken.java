package io.grassroots.web.session;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token of the layout's sign-out form, or none: a request refused before the CSRF filter ran
 * (a form field past the size limit) has no token, and its error page must still render.
 */
@RequestScoped
@Named("signOut")
public class SignOutToken {
    @Inject
    CsrfTokenParameterProvider csrf;

    public boolean available() {
        return token() != null;
    }

    public String token() {
        try {
            return csrf.getToken();
        } catch (RuntimeException e) {
            return null;
        }
    }

    public String parameterName() {
        return csrf.getParameterName();
    }
}
