package io.grassroots.inspection.directory;

/** The level of a region (region.level, stored by name): a province, a city or a county. */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY
}
