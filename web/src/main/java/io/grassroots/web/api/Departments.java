package io.grassroots.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Departments' Chinese names by id, as the directory (GET /api/departments/{id}) gives them. */
@ApplicationScoped
public class Departments {
    /** A department id as inspection-service's DepartmentService allows them; anything else is never sent on. */
    private static final Pattern ID = Pattern.compile("[0-9]{2,6}-[a-z0-9][a-z0-9-]{1,56}");
    /**
     * Names change rarely and every signed-in user may read them, so one user's lookup serves the next:
     * a log page naming a dozen departments would otherwise cost a dozen calls on every view.
     */
    static final Duration KEPT = Duration.ofMinutes(10);
    private static final int MOST_KEPT = 5_000;

    /** A looked-up name (null when the directory has no such department) and until when it is kept. */
    private record Known(String name, Instant until) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Inject
    GatewayClient gateway;

    /**
     * The names of the departments, by id. An id the directory does not know, or that could not be
     * looked up now, is left out: the page then shows the code, and still says who it was.
     */
    public Map<String, String> names(Collection<String> ids, String token) {
        Map<String, String> names = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (String id : ids) {
            String name = id != null && ID.matcher(id).matches() ? lookUp(id, token, now) : null;
            if (name != null && !name.isBlank()) {
                names.put(id, name);
            }
        }
        return names;
    }

    private String lookUp(String id, String token, Instant now) {
        Known k = known.get(id);
        if (k != null && k.until().isAfter(now)) {
            return k.name();
        }
        String name;
        try {
            name = gateway.get("/api/departments/" + id, token).path("name").asText(null);
        } catch (ApiException e) {
            if (e.problem().status() != 404) {
                // Not known now is not known for long: the next page asks again.
                return null;
            }
            name = null;
        } catch (GatewayUnavailable e) {
            return null;
        }
        if (known.size() >= MOST_KEPT) {
            // Departments number in the hundreds; this only bounds what a flood of odd ids could make it hold.
            known.clear();
        }
        known.put(id, new Known(name, now.plus(KEPT)));
        return name;
    }
}
