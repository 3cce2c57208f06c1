package io.grassroots.assessment.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Platform dates are Asia/Shanghai calendar dates, whatever zone the server runs in. */
public final class Dates {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Dates() {
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
