package io.grassroots.web.visits;

import io.grassroots.web.i18n.Zh;
import io.quarkus.qute.TemplateExtension;
import java.util.Map;

/**
 * The Chinese of the visit pages: a visit's statuses and the rules only results and confirmations
 * break (the rules every form shares are {@link Zh}'s). Templates call {@code visit:status(v.status)}.
 */
@TemplateExtension(namespace = "visit")
public final class VisitText {
    static final Map<String, String> STATUSES = Map.of("PLANNED", "待确认", "CONFIRMED", "已确认（已通知）",
            "COMPLETED", "已完成");

    static final Map<String, String> RULES = Map.of("IN_VISIT", "不是本次检查的计划",
            "OWN_PLAN", "只能由计划所属部门或牵头部门的检查组录入", "ONCE", "的结果已录入，不能重复录入",
            "AFTER_VISIT", "须晚于检查日期", "KNOWN_INDICATOR", "不在本次检查的所需材料之内",
            "NOTICE", "距检查日期不足规定的提前通知工作日，暂不能确认");

    private VisitText() {
    }

    public static String status(String status) {
        return status == null ? "" : STATUSES.getOrDefault(status, status);
    }

    public static String rule(String rule) {
        return RULES.containsKey(rule) ? RULES.get(rule) : Zh.rule(rule);
    }

    /** The catalog's name of an indicator, or its code when the catalog did not answer or lacks it. */
    public static String indicator(Map<String, VisitViews.Indicator> names, String code) {
        VisitViews.Indicator i = names == null ? null : names.get(code);
        return i == null ? code : i.label();
    }

    /** A result form input's key, as ResultErrors files the API's problems: {@code rectifications[2].item}. */
    public static String key(String list, int row, String field) {
        return list + "[" + row + "]" + (field == null || field.isEmpty() ? "" : "." + field);
    }

    /** One choice of the rating select. */
    public record Rating(String value, String label) {
    }

    /** The rating select's choices, best first. */
    public static java.util.List<Rating> ratings() {
        return java.util.stream.IntStream.of(5, 4, 3, 2, 1).mapToObj(n -> new Rating(String.valueOf(n), rating(n)))
                .toList();
    }

    /** A rating of 1 to 5 in words, as the form offers it. */
    public static String rating(int rating) {
        return switch (rating) {
            case 5 -> "5 优秀";
            case 4 -> "4 良好";
            case 3 -> "3 合格";
            case 2 -> "2 基本合格";
            case 1 -> "1 不合格";
            default -> String.valueOf(rating);
        };
    }
}
