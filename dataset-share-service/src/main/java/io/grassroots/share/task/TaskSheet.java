package io.grassroots.share.task;

import io.grassroots.share.catalog.Indicator;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a unit's task workbook shows: whose task, for which period, by when, asked by whom, and its open fields. */
public record TaskSheet(UUID id, String unitCode, String unitName, String period, LocalDate dueDate,
        List<String> requestedBy, List<Indicator> fields) {
}
