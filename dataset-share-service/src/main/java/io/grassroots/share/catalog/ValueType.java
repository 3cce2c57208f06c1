package io.grassroots.share.catalog;

/** What an indicator's values are: whole numbers or decimals. */
public enum ValueType {
    INTEGER, DECIMAL
}
