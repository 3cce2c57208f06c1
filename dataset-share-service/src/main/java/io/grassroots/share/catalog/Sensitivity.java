package io.grassroots.share.catalog;

/** Who an indicator's values are for, before its grants: see {@link Grants}. */
public enum Sensitivity {
    PUBLIC, INTERNAL, RESTRICTED
}
