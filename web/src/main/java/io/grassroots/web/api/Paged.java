package io.grassroots.web.api;

/** A page of a list as the API answers it ({@code page}, {@code size}, {@code total}), with what a pager needs. */
public interface Paged {
    int page();

    int size();

    long total();

    default long pages() {
        return size() <= 0 ? 1 : Math.max(1, (total() + size() - 1) / size());
    }

    default boolean hasPrevious() {
        return page() > 0;
    }

    default boolean hasNext() {
        return page() + 1 < pages();
    }
}
