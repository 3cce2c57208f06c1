package io.grassroots.inspection.plan;

/** Why a department withdraws its plan. */
public record CancelRequest(String reason) {
}
