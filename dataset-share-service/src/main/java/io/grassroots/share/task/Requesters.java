package io.grassroots.share.task;

import java.util.List;
import java.util.UUID;

/**
 * Who asked for a task's fields: the departments whose requests wait on it, as a task's sheet names
 * them. Answered by the requests' owner, so that task/ reads no request table and depends on no request class.
 */
public interface Requesters {
    /** The departments' ids, sorted. */
    List<String> of(UUID taskId);
}
