package io.grassroots.inspection.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.grassroots.inspection.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

/**
 * What a coordinator sets for a region and year. Anything left out is inherited from the regions
 * above (county ← city ← province) and finally from the defaults of DESIGN.md. The quotas' and
 * blackouts' shape is declared here; what depends on the rule, the year or the region is PolicyValidator's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyDocument(Map<String, RuleSetting> rules, List<@NotNull @Valid QuotaEntry> quotas,
        List<@NotNull @Valid BlackoutEntry> blackouts) {

    /** The largest cut of a quota: a department keeps at least 5% of its baseline. */
    static final String MAX_CUT = "0.95";

    public static final PolicyDocument EMPTY = new PolicyDocument(Map.of(), List.of(), List.of());

    public PolicyDocument {
        rules = rules == null ? Map.of() : rules;
        quotas = quotas == null ? List.of() : quotas;
        blackouts = blackouts == null ? List.of() : blackouts;
    }

    /** A rule's severity and its parameter (max, workingDays or cut, depending on the rule). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleSetting(Severity severity, Integer max, Integer workingDays, BigDecimal cut) {
    }

    /** A department's baseline-year plan-target count and the cut it must achieve (default from ANNUAL_QUOTA). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuotaEntry(@NotBlank String department, @NotNull @Range(min = 0, max = 10_000_000) Integer baseline,
            @DecimalMin("0") @DecimalMax(MAX_CUT) BigDecimal cut) {
    }

    /** A period without visits. */
    public record BlackoutEntry(@NotNull LocalDate from, @NotNull LocalDate to, @Size(max = 200) String reason) {
    }
}
