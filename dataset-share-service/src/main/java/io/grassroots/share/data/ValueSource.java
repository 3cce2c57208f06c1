package io.grassroots.share.data;

/**
 * Where a value came from: a unit's own report (or task answer), an inspection's result, or an import
 * of audit or statistics results.
 */
public enum ValueSource {
    UNIT_REPORT, INSPECTION, AUDIT, STATISTICS
}
