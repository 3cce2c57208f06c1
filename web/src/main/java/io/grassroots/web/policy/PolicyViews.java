package io.grassroots.web.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A region's policy for a year as inspection-service answers it (PolicyView) and takes it (PolicyDocument). */
public final class PolicyViews {
    /** The rules a region may set, in the order the page lists them, with the parameter each one has. */
    public static final List<RuleRow> RULES = List.of(new RuleRow("ONE_COMPREHENSIVE_PER_YEAR", "max", "次/年"),
            new RuleRow("ANNUAL_QUOTA", "cut", "%"), new RuleRow("TEAM_SIZE", "max", "人"),
            new RuleRow("NOTICE", "workingDays", "个工作日"), new RuleRow("CALENDAR", null, null),
            new RuleRow("CALENDAR_UNKNOWN", null, null), new RuleRow("UNIT_MONTHLY_CAP", "max", "次/月"),
            new RuleRow("TARGET_IN_REGION", null, null), new RuleRow("MANDATE_REQUIRED", null, null),
            new RuleRow("DUPLICATE_PLAN", null, null));

    private PolicyViews() {
    }

    /** A rule on the form: its code, its parameter's name (or none) and the parameter's unit. */
    public record RuleRow(String rule, String parameter, String unit) {
        public String severityField() {
            return "rules." + rule + ".severity";
        }

        public String parameterField() {
            return "rules." + rule + "." + parameter;
        }
    }

    /** What was set here, what is in force, and who set it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Policy(String region, int year, Document document, Effective effective, String updatedBy,
            String updatedAt) {
    }

    /** What a coordinator sets; anything left out is inherited. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(Map<String, Setting> rules, List<Quota> quotas, List<Blackout> blackouts) {
        public Map<String, Setting> rules() {
            return rules == null ? Map.of() : rules;
        }

        public List<Quota> quotas() {
            return quotas == null ? List.of() : quotas;
        }

        public List<Blackout> blackouts() {
            return blackouts == null ? List.of() : blackouts;
        }
    }

    /** A rule's severity and parameter as set here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Setting(String severity, Integer max, Integer workingDays, BigDecimal cut) {
    }

    /** A department's baseline and cut as set here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quota(String department, Integer baseline, BigDecimal cut) {
    }

    /** A period without visits. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Blackout(String from, String to, String reason) {
    }

    /** What is in force after inheritance: each rule's severity and parameter, quotas with limits, blackouts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Effective(Map<String, Map<String, Object>> rules, List<QuotaInForce> quotas,
            List<Blackout> blackouts) {
        public Map<String, Map<String, Object>> rules() {
            return rules == null ? Map.of() : rules;
        }

        public List<QuotaInForce> quotas() {
            return quotas == null ? List.of() : quotas;
        }

        public List<Blackout> blackouts() {
            return blackouts == null ? List.of() : blackouts;
        }

        /** The severity in force of a rule. */
        public Object severity(String rule) {
            return rules().getOrDefault(rule, Map.of()).get("severity");
        }

        /** The parameter in force of a rule, a cut as a whole percentage. */
        public String parameter(String rule, String name) {
            Object value = rules().getOrDefault(rule, Map.of()).get(name);
            if (value == null) {
                return "—";
            }
            return "cut".equals(name) ? PolicyForm.percent(new BigDecimal(value.toString())) : value.toString();
        }
    }

    /** A quota in force: baseline, cut and the resulting limit of plan-targets. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuotaInForce(String department, int baseline, double cut, int limit) {
        public String cutShown() {
            return PolicyForm.percent(BigDecimal.valueOf(cut));
        }
    }
}
