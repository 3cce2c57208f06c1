package io.grassroots.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * Hibernate writes and reads the {@code @JdbcTypeCode(SqlTypes.JSON)} columns with the application's one
 * ObjectMapper: Quarkus refuses to hand a customised REST mapper to Hibernate implicitly, and a second
 * mapper of its own would read dates or unknown fields differently from the API and the events.
 */
@Singleton
public class JsonColumnFormat {
    @Inject
    ObjectMapper json;

    @Produces
    @JsonFormat
    @PersistenceUnitExtension
    @ApplicationScoped
    FormatMapper jsonColumns() {
        return new JacksonJsonFormatMapper(json);
    }
}
