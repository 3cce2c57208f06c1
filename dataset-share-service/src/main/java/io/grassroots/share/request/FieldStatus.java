package io.grassroots.share.request;

/** A request field is ANSWERED by a stored value, or PENDING on a unit's task. */
public enum FieldStatus {
    ANSWERED, PENDING
}
