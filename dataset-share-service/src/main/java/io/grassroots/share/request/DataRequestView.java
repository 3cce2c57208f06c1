package io.grassroots.share.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.grassroots.share.data.ValueSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A data request with every field: answered (and from where) or pending on a unit's task. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataRequestView(UUID id, String department, String title, String period, LocalDate dueDate,
        RequestStatus status, int fieldsRequested, int answeredFromShared, int askedOfUnits, int coalesced,
        int minutesSaved, Instant createdAt, Instant answeredAt, List<Field> fields) {

    /** The request's figures with these fields (null in a list, which shows the figures alone). */
    static DataRequestView of(DataRequest r, List<Field> fields) {
        return new DataRequestView(r.id, r.departmentId, r.title, r.period, r.dueDate, r.status, r.fieldsTotal,
                r.answeredShared, r.askedOfUnits, r.coalesced, r.minutesSaved, r.createdAt, r.answeredAt, fields);
    }

    /** One unit × indicator of the request. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String unit, String indicator, FieldStatus status, AnsweredFrom answeredFrom,
            BigDecimal value, Integer version, ValueSource source, Instant reportedAt, UUID taskId) {
    }
}
