package io.grassroots.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The clock every "today" comes from, in the platform's zone; fixed when configured. */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @Singleton
    Clock clock(ClockConfig config) {
        ZoneId zone = ZoneId.of(config.zone());
        return config.fixed().map(at -> Clock.fixed(Instant.parse(at), zone)).orElse(Clock.system(zone));
    }
}
