package io.grassroots.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem details body, with the field-level violations when the input was bad. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
