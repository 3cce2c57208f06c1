package io.grassroots.assessment.register;

import java.math.BigDecimal;
import java.time.Instant;

/** The registers as clients read them. */
public final class RegisterViews {
    private RegisterViews() {
    }

    /** A registered indicator. */
    public record IndicatorView(String code, String name, String description, String evidenceKind, String evidence,
            Mandate mandate, String dataIndicator, String direction, BigDecimal target, BigDecimal weight,
            String regionCode, Instant createdAt) {
        static IndicatorView of(AssessmentIndicator i) {
            return new IndicatorView(i.code, i.name, i.description, i.evidenceKind, i.evidence, i.mandate.toMandate(),
                    i.dataIndicator, i.direction, i.target, i.weight, i.regionCode, i.createdAt);
        }
    }

    /** A registered veto item. */
    public record VetoItemView(String code, String title, String description, Mandate mandate, Instant createdAt) {
        static VetoItemView of(VetoItem v) {
            return new VetoItemView(v.code, v.title, v.description, v.mandate.toMandate(), v.createdAt);
        }
    }
}
