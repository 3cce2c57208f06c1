package io.grassroots.share.request;

import java.time.LocalDate;
import java.util.List;

/** What a department asks: indicators × units for one period, due by a date. */
public record DataRequestInput(String title, List<String> indicators, List<String> units, String period,
        LocalDate dueDate) {
}
