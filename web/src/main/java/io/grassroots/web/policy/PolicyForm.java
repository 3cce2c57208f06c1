package io.grassroots.web.policy;

import io.grassroots.web.i18n.FormErrors;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy form as typed: a severity and parameter per rule, quota rows and blackout rows, each
 * named as the API names its fields ({@code rules.TEAM_SIZE.max}, {@code quotas[0].baseline}) so that
 * a problem lands next to its input. A cut is typed as a percentage and sent as a share.
 */
public final class PolicyForm {
    /** Blank rows offered below the filled ones, so that a row is added without script. */
    static final int BLANK_ROWS = 2;
    /** Rows read from a post at most: a crafted post cannot make the console loop. */
    static final int MAX_ROWS = 500;

    /** A rule as typed: severity (blank inherits) and parameter. */
    public record RuleInput(String severity, String parameter) {
    }

    /** A quota row as typed. */
    public record QuotaInput(String department, String baseline, String cut) {
        boolean blank() {
            return isBlank(department) && isBlank(baseline) && isBlank(cut);
        }
    }

    /** A blackout row as typed. */
    public record BlackoutInput(String from, String to, String reason) {
        boolean blank() {
            return isBlank(from) && isBlank(to) && isBlank(reason);
        }
    }

    private final Map<String, RuleInput> rules;
    private final List<QuotaInput> quotas;
    private final List<BlackoutInput> blackouts;

    private PolicyForm(Map<String, RuleInput> rules, List<QuotaInput> quotas, List<BlackoutInput> blackouts) {
        this.rules = rules;
        this.quotas = quotas;
        this.blackouts = blackouts;
    }

    /** The form filled with what was set in the region. */
    public static PolicyForm of(PolicyViews.Document document) {
        Map<String, RuleInput> rules = new LinkedHashMap<>();
        for (PolicyViews.RuleRow row : PolicyViews.RULES) {
            PolicyViews.Setting s = document.rules().get(row.rule());
            if (s != null) {
                String parameter = row.parameter() == null ? null : switch (row.parameter()) {
                    case "max" -> text(s.max());
                    case "workingDays" -> text(s.workingDays());
                    default -> s.cut() == null ? null : percentNumber(s.cut());
                };
                rules.put(row.rule(), new RuleInput(s.severity(), parameter));
            }
        }
        List<QuotaInput> quotas = document.quotas().stream().map(q -> new QuotaInput(q.department(),
                text(q.baseline()), q.cut() == null ? null : percentNumber(q.cut()))).toList();
        List<BlackoutInput> blackouts = document.blackouts().stream()
                .map(b -> new BlackoutInput(b.from(), b.to(), b.reason())).toList();
        return new PolicyForm(rules, quotas, blackouts);
    }

    /** The form as posted, its blank rows dropped so that row numbers match what is sent. */
    public static PolicyForm posted(MultivaluedMap<String, String> form) {
        Map<String, RuleInput> rules = new LinkedHashMap<>();
        for (PolicyViews.RuleRow row : PolicyViews.RULES) {
            String severity = form.getFirst(row.severityField());
            String parameter = row.parameter() == null ? null : form.getFirst(row.parameterField());
            if (!isBlank(severity) || !isBlank(parameter)) {
                rules.put(row.rule(), new RuleInput(trim(severity), trim(parameter)));
            }
        }
        List<QuotaInput> quotas = new ArrayList<>();
        List<BlackoutInput> blackouts = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            QuotaInput q = new QuotaInput(trim(form.getFirst("quotas[" + i + "].department")),
                    trim(form.getFirst("quotas[" + i + "].baseline")), trim(form.getFirst("quotas[" + i + "].cut")));
            BlackoutInput b = new BlackoutInput(trim(form.getFirst("blackouts[" + i + "].from")),
                    trim(form.getFirst("blackouts[" + i + "].to")), trim(form.getFirst("blackouts[" + i + "].reason")));
            if (!q.blank()) {
                quotas.add(q);
            }
            if (!b.blank()) {
                blackouts.add(b);
            }
        }
        return new PolicyForm(rules, quotas, blackouts);
    }

    /** What the console itself finds wrong before sending: numbers that are not numbers, severities unknown. */
    public FormErrors check() {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (PolicyViews.RuleRow row : PolicyViews.RULES) {
            RuleInput in = rules.get(row.rule());
            if (in == null) {
                continue;
            }
            if (in.severity() != null && !List.of("REVIEW", "BLOCK").contains(in.severity())) {
                byField.put(row.severityField(), List.of("取值无效"));
            }
            if (row.parameter() != null && in.parameter() != null) {
                boolean cut = "cut".equals(row.parameter());
                if (cut ? number(in.parameter()) == null : whole(in.parameter()) == null) {
                    byField.put(row.parameterField(), List.of(cut ? "须为数字" : "须为整数"));
                }
            }
        }
        for (int i = 0; i < quotas.size(); i++) {
            if (quotas.get(i).baseline() != null && whole(quotas.get(i).baseline()) == null) {
                byField.put("quotas[" + i + "].baseline", List.of("须为整数"));
            }
            if (quotas.get(i).cut() != null && number(quotas.get(i).cut()) == null) {
                byField.put("quotas[" + i + "].cut", List.of("须为数字"));
            }
        }
        return byField.isEmpty() ? FormErrors.none() : FormErrors.of("提交的内容有误，请按提示修改。", byField, List.of());
    }

    /** The document the API takes; call after {@link #check()} found nothing. */
    public PolicyViews.Document document() {
        Map<String, PolicyViews.Setting> settings = new LinkedHashMap<>();
        for (PolicyViews.RuleRow row : PolicyViews.RULES) {
            RuleInput in = rules.get(row.rule());
            if (in == null) {
                continue;
            }
            String p = row.parameter() == null ? null : in.parameter();
            settings.put(row.rule(), new PolicyViews.Setting(in.severity(),
                    "max".equals(row.parameter()) ? whole(p) : null,
                    "workingDays".equals(row.parameter()) ? whole(p) : null,
                    "cut".equals(row.parameter()) ? share(p) : null));
        }
        return new PolicyViews.Document(settings,
                quotas.stream().map(q -> new PolicyViews.Quota(q.department(), whole(q.baseline()), share(q.cut())))
                        .toList(),
                blackouts.stream().map(b -> new PolicyViews.Blackout(b.from(), b.to(), b.reason())).toList());
    }

    public String severity(String rule) {
        RuleInput in = rules.get(rule);
        return in == null || in.severity() == null ? "" : in.severity();
    }

    public String parameter(String rule) {
        RuleInput in = rules.get(rule);
        return in == null || in.parameter() == null ? "" : in.parameter();
    }

    /** The filled quota rows and blank ones to add more. */
    public List<PolicyRow> quotaRows() {
        List<PolicyRow> rows = new ArrayList<>();
        for (QuotaInput q : quotas) {
            rows.add(PolicyRow.of("quotas", rows.size(), "department", q.department(), "baseline", q.baseline(),
                    "cut", q.cut()));
        }
        return PolicyRow.withBlanks(rows, "quotas");
    }

    /** The filled blackout rows and blank ones to add more. */
    public List<PolicyRow> blackoutRows() {
        List<PolicyRow> rows = new ArrayList<>();
        for (BlackoutInput b : blackouts) {
            rows.add(PolicyRow.of("blackouts", rows.size(), "from", b.from(), "to", b.to(), "reason", b.reason()));
        }
        return PolicyRow.withBlanks(rows, "blackouts");
    }

    /** A share as a whole-or-decimal percentage with its sign, e.g. 0.5 as "50%". */
    public static String percent(BigDecimal share) {
        return percentNumber(share) + "%";
    }

    private static String percentNumber(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** A typed percentage as the share the API takes: "50" as 0.5; null when blank. */
    private static BigDecimal share(String percent) {
        BigDecimal n = number(percent);
        return n == null ? null : n.movePointLeft(2).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal number(String text) {
        if (isBlank(text) || text.length() > 20) {
            return null;
        }
        try {
            return new BigDecimal(text.replace('％', '%').replace("%", "").trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer whole(String text) {
        BigDecimal n = number(text);
        try {
            return n == null ? null : n.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static String text(Integer n) {
        return n == null ? null : n.toString();
    }

    private static String trim(String s) {
        return isBlank(s) ? null : s.trim();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
