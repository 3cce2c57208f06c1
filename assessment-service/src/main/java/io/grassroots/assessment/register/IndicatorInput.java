package io.grassroots.assessment.register;

import java.math.BigDecimal;

/**
 * An assessment indicator as a coordinator registers it. evidenceKind says what proves it; a
 * SHARED_DATA indicator names the catalog indicator it reads, an INSPECTION_RESULT one uses the
 * ratings joint teams gave. direction, target and weight turn the evidence into a score.
 */
public record IndicatorInput(String code, String name, String description, String evidenceKind, String evidence,
        Mandate mandate, String dataIndicator, String direction, BigDecimal target, BigDecimal weight) {
}
