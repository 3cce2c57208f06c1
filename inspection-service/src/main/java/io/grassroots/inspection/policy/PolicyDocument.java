package io.grassroots.inspection.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.grassroots.inspection.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a coordinator sets for a region and year. Anything left out is inherited from the regions
 * above (county ← city ← province) and finally from the defaults of DESIGN.md.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyDocument(Map<String, RuleSetting> rules, List<QuotaEntry> quotas, List<BlackoutEntry> blackouts) {

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
    public record QuotaEntry(String department, Integer baseline, BigDecimal cut) {
    }

    /** A period without visits. */
    public record BlackoutEntry(LocalDate from, LocalDate to, String reason) {
    }
}
