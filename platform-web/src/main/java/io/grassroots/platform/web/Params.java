package io.grassroots.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Path and query parameters as the resources read them. */
public final class Params {
    private Params() {
    }

    /** An object id; a malformed one names nothing the caller may see, so it is a 404. */
    public static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what + " " + value);
        }
    }

    /** A trimmed value, or null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An ISO date from 1900 to 2200 (what the database and the platform's years hold), or null when absent. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "FORMAT", field + " must be a date (YYYY-MM-DD), was "
                    + shortened(value));
        }
        if (date.getYear() < 1900 || date.getYear() > 2200) {
            throw ProblemException.invalid(field, "RANGE", field + " must lie in the years 1900 to 2200, was " + date);
        }
        return date;
    }

    /** One of an enum's constants by its name, or null when absent or blank; another name is a 400 ENUM. */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        String name = text(value);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "ENUM", field + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A value as quoted back in a problem: at most 40 characters, so that an error stays small. */
    public static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
