package io.grassroots.share.task;

/** A task is OPEN while any of its fields waits for a value, FULFILLED once none does. */
public enum TaskStatus {
    OPEN, FULFILLED
}
