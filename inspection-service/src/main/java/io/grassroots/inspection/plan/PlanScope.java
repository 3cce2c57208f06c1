package io.grassroots.inspection.plan;

/** 综合性 comprehensive or 专项 special. */
public enum PlanScope {
    COMPREHENSIVE, SPECIAL
}
