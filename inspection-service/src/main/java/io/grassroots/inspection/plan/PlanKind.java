package io.grassroots.inspection.plan;

/** 督查 supervision, 检查 inspection or 考核 assessment. */
public enum PlanKind {
    SUPERVISION, INSPECTION, ASSESSMENT
}
