package io.grassroots.share.data;

import java.util.List;

/**
 * Values were stored, in the order they were written: fired once per write by {@link ValueStore} inside
 * the storing transaction, once the rows are written, so that whoever waits on their fields (requests'
 * pending fields, tasks' open fields) is answered in the same commit, in a statement or two for the
 * whole write. Observers are synchronous; data depends on none of them.
 */
public record ValuesStored(List<ValueStored> values) {
}
