package io.grassroots.share.data;

import io.grassroots.share.catalog.Indicator;
import io.grassroots.share.catalog.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** What makes a value acceptable for its indicator, and whether a stored value is still fresh. */
public final class ValueRules {
    /** No indicator of a township or village needs more: a value beyond is a mistake, or an attack. */
    public static final int MAX_INTEGER_DIGITS = 18;
    public static final int MAX_DECIMALS = 6;

    private ValueRules() {
    }

    /** Why the value does not fit the indicator, if it does not. */
    public static Optional<String> problem(Indicator indicator, BigDecimal value) {
        if (value == null) {
            return Optional.of("a value is required");
        }
        // Checked first and on the exponent alone: 1e1000000 is 20 bytes but a million digits written out.
        BigDecimal v = value.stripTrailingZeros();
        if ((long) v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of(indicator.code + " takes at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point, was " + shortened(value));
        }
        if (v.scale() > MAX_DECIMALS) {
            return Optional.of(indicator.code + " takes at most " + MAX_DECIMALS + " decimal places, was "
                    + shortened(value));
        }
        if (indicator.valueType == ValueType.INTEGER && value.stripTrailingZeros().scale() > 0) {
            return Optional.of(indicator.code + " takes whole numbers, was " + value.toPlainString());
        }
        if (indicator.minValue != null && value.compareTo(indicator.minValue) < 0) {
            return Optional.of(indicator.code + " is at least " + indicator.minValue.toPlainString() + ", was "
                    + value.toPlainString());
        }
        if (indicator.maxValue != null && value.compareTo(indicator.maxValue) > 0) {
            return Optional.of(indicator.code + " is at most " + indicator.maxValue.toPlainString() + ", was "
                    + value.toPlainString());
        }
        return Optional.empty();
    }

    private static String shortened(BigDecimal value) {
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** A value answers new requests for the indicator's freshness period after it was reported. */
    public static boolean fresh(Instant reportedAt, int freshnessDays, Instant now) {
        return !reportedAt.plus(freshnessDays, ChronoUnit.DAYS).isBefore(now);
    }
}
