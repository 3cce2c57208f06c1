package io.grassroots.share.request;

/**
 * Where an answered request field's value came from: SHARED data (anyone's report, an inspection, an
 * import) or the unit's answer to the TASK the field waited on.
 */
public enum AnsweredFrom {
    SHARED, TASK
}
