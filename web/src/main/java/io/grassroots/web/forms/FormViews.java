package io.grassroots.web.forms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.grassroots.web.api.Paged;
import java.util.List;

/** A department's own spreadsheets as dataset-share-service answers them (FormView and its parts). */
public final class FormViews {
    /** The statuses a list can be filtered by. */
    public static final List<String> STATUSES = List.of("DRAFT", "FILED");
    /** The row matches the list of all rows can be filtered by. */
    public static final List<String> ROW_MATCHES = List.of("AMBIGUOUS", "UNKNOWN", "OUTSIDE_REGION", "CODE", "NAME");

    private FormViews() {
    }

    /** One uploaded spreadsheet: the proposed mapping while a draft, the request's summary once filed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Form(String id, String departmentId, String fileName, String status, String createdAt, String sheet,
            List<Integer> headerRows, Integer firstDataRow, String unitColumn, String title, String period,
            boolean remembered, List<Column> columns, int rowsTotal, int rowsMatched, List<Row> rows,
            List<Unreadable> unreadable, String requestId, Summary summary) {
        public List<Column> columns() {
            return columns == null ? List.of() : columns;
        }

        public List<Row> rows() {
            return rows == null ? List.of() : rows;
        }

        public List<Unreadable> unreadable() {
            return unreadable == null ? List.of() : unreadable;
        }

        public List<Integer> headerRows() {
            return headerRows == null ? List.of() : headerRows;
        }

        public boolean filed() {
            return "FILED".equals(status);
        }

        /** The title the page shows: the guessed one, else the file's name. */
        public String heading() {
            return title == null || title.isBlank() ? fileName : title;
        }

        public long columnsMapped() {
            return columns().stream().filter(c -> c.indicator() != null).count();
        }
    }

    /** A column of the sheet and the catalog indicator proposed for it (null: left out). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String column, String header, String indicator, String indicatorName, String match) {
    }

    /** A data row and the unit its text names; those listed on the form need attention. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(int row, String text, String unit, String unitName, String match, List<Candidate> candidates) {
        public List<Candidate> candidates() {
            return candidates == null ? List.of() : candidates;
        }

        public boolean hasCandidate(String code) {
            return candidates().stream().anyMatch(c -> c.code().equals(code));
        }
    }

    /** A unit an ambiguous row may mean, with the township it belongs to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(String code, String name, String parentName) {
    }

    /** A cell the API could not read, and why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unreadable(String cell, String reason) {
    }

    /** What filing the form's request did. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(int cellsTotal, int filledFromShared, int askedOfUnits, int coalesced, int awaiting,
            Integer minutesSaved, String requestStatus) {
    }

    /** A form in the department's list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String id, String fileName, String title, String status, String period, String createdAt,
            String requestId, int rowsTotal, int columnsMapped) {
        public String heading() {
            return title == null || title.isBlank() ? fileName : title;
        }
    }

    /** One page of the department's forms. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FormPage(List<Item> items, int page, int size, long total) implements Paged {
        public List<Item> items() {
            return items == null ? List.of() : items;
        }
    }

    /** One page of a form's rows. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RowPage(List<Row> items, int page, int size, long total) implements Paged {
        public List<Row> items() {
            return items == null ? List.of() : items;
        }
    }

    /** A catalog indicator as the mapping's choices name it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String name) {
    }

    /** The catalog's indicators a column can be mapped to. */
    public record Catalog(List<Indicator> indicators) {
        public boolean has(String code) {
            return indicators.stream().anyMatch(i -> i.code().equals(code));
        }
    }
}
