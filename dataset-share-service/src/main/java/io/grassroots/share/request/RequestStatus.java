package io.grassroots.share.request;

/** A data request is OPEN while any field waits on a unit's task, ANSWERED once none does. */
public enum RequestStatus {
    OPEN, ANSWERED
}
