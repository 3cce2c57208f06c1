package io.grassroots.share.request;

import java.util.UUID;

/**
 * One unit × indicator of a request as filed: answered by a shared value, or pending on a unit's task
 * (a new one, or one another request opened for the same field).
 */
record RequestField(String unit, String indicator, FieldStatus status, AnsweredFrom answeredFrom, Long valueId,
        UUID taskId) {

    static RequestField shared(String unit, String indicator, long valueId) {
        return new RequestField(unit, indicator, FieldStatus.ANSWERED, AnsweredFrom.SHARED, valueId, null);
    }

    static RequestField pending(String unit, String indicator, UUID taskId) {
        return new RequestField(unit, indicator, FieldStatus.PENDING, null, null, taskId);
    }
}
