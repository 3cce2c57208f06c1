package io.grassroots.calendar;

import java.time.LocalDate;

/** A declared period without visits, e.g. a no-meeting month (无会月); both ends included. */
public record Blackout(LocalDate from, LocalDate to, String reason) {
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
        return (reason == null || reason.isBlank() ? "blackout" : reason) + " " + from + ".." + to;
    }
}
