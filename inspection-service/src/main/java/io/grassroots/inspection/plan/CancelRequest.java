package io.grassroots.inspection.plan;

import jakarta.validation.constraints.Size;

/** Why a department withdraws its plan. */
public record CancelRequest(@Size(max = 2000) String reason) {
}
