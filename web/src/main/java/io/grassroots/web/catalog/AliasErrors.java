package io.grassroots.web.catalog;

import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.i18n.Zh;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's refusal of an indicator's aliases in Chinese, all next to that indicator's box: an item
 * {@code [i]} by the line of the box it came from, the list as a whole ({@code body}) as it is.
 */
final class AliasErrors {
    private static final Pattern ITEM = Pattern.compile("\\[(\\d{1,6})]");
    /** IndicatorAliases says "X already names CODE"; the code is what the page can name in Chinese. */
    private static final Pattern TAKEN_BY = Pattern.compile(".* already names ([A-Z][A-Z0-9_]{1,63})");

    private AliasErrors() {
    }

    /** The input the errors of an indicator's box are keyed by (also the box's id). */
    static String input(String code) {
        return "aliases-" + code;
    }

    static FormErrors of(ApiProblem problem, String code, CatalogViews.Lines sent,
            Map<String, CatalogViews.Indicator> catalog) {
        List<String> messages = new ArrayList<>();
        for (ApiProblem.Violation v : problem.violations()) {
            Matcher item = ITEM.matcher(v.field() == null ? "" : v.field());
            Integer line = item.matches() ? sent.lineOf(Integer.parseInt(item.group(1))) : null;
            if (line != null) {
                messages.add("第 " + line + " 行：" + itemRule(v, catalog));
            } else if ("body".equals(v.field()) && "MAX_SIZE".equals(v.rule())) {
                messages.add("别名最多 50 个，请删去多余的行");
            } else {
                messages.add(Zh.violation(v));
            }
        }
        if (messages.isEmpty()) {
            messages.add(Zh.problem(problem));
        }
        return FormErrors.of("别名未保存，请按提示修改。", Map.of(input(code), messages), List.of());
    }

    private static String itemRule(ApiProblem.Violation v, Map<String, CatalogViews.Indicator> catalog) {
        return switch (v.rule() == null ? "" : v.rule()) {
            case "ALIAS_TAKEN" -> "已是" + takenBy(v.message(), catalog) + "的名称、代码或别名，一个别名只能对应一个指标";
            case "UNIQUE" -> "与前面的行重复";
            case "MAX_LENGTH" -> "别名不能超过 100 个字符";
            case "REQUIRED" -> "别名须含有文字、字母或数字";
            default -> Zh.rule(v.rule());
        };
    }

    /** The indicator an alias already names: its name and code when the catalog knows it. */
    private static String takenBy(String message, Map<String, CatalogViews.Indicator> catalog) {
        Matcher m = TAKEN_BY.matcher(message == null ? "" : message);
        if (!m.matches()) {
            return "其他指标";
        }
        CatalogViews.Indicator other = catalog.get(m.group(1));
        return other == null || other.name() == null ? " " + m.group(1) + " "
                : "“" + other.name() + "”（" + m.group(1) + "）";
    }
}
