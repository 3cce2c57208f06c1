package io.grassroots.platform.web;

/** A page of a list, as a resource's validated {@link Paging} gives it: page from 0, size from 1 to 500, the first row within 10 million. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 500;
    /** A page's size when the caller names none. */
    public static final int DEFAULT_SIZE = 50;
    /** No list holds more; a page beyond it would overflow the row offset. */
    public static final long MAX_OFFSET = 10_000_000;
}
