package io.grassroots.web.i18n;

import io.grassroots.web.api.ApiProblem;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's Chinese for a department's own spreadsheets and a unit's workbook: what is wrong with
 * an uploaded file (field {@code file}), how a column or a row was matched, and a row's problems.
 * Templates call them as {@code zhf:columnMatch(c.match)}.
 */
@TemplateExtension(namespace = "zhf")
public final class ZhForms {
    /** A cell as Excel names it, e.g. D7: the API's FORMULA problem names the cell it refused. */
    private static final Pattern CELL = Pattern.compile("\\b([A-Z]{1,3}[1-9][0-9]{0,6})\\b");

    /** What is wrong with the file, by the API's rule for the field {@code file}. */
    static final Map<String, String> FILE_RULES = Map.ofEntries(
            Map.entry("REQUIRED", "请选择要上传的表格文件（.xlsx 或 .csv）。"),
            Map.entry("FORMAT", "不是 xlsx/csv 表格，无法读取。旧版 .xls 文件请用 Excel 另存为 .xlsx 后再上传。"),
            Map.entry("ENCRYPTED", "文件已加密或设置了打开密码，平台无法读取。请取消密码后再上传。"),
            Map.entry("MACROS", "文件含宏（.xlsm），为安全起见不予读取。请另存为不含宏的 .xlsx 后再上传。"),
            Map.entry("FORMULA", "数据区的单元格中含有公式。请把公式转为数值（复制后“选择性粘贴—数值”）再上传。"),
            Map.entry("MAX_ROWS", "表格行数超过平台的上限。请删去无关的行，或拆分成几个表格分别上传。"),
            Map.entry("MAX_COLUMNS", "表格列数超过平台的上限。请删去无关的列后再上传。"),
            Map.entry("TOO_LARGE", "文件解压后的内容过大，平台拒绝读取。请删去无关的工作表、图片后再上传。"),
            Map.entry("MAX_SIZE", "文件超过 2 MB。请删去无关的工作表、图片，或拆分后再上传。"),
            Map.entry("UNIT_COLUMN", "表格中没有找到填写本辖区单位（乡镇、街道、村、社区等）名称或代码的列。请确认表格有一列单位名称。"),
            Map.entry("NO_INDICATOR", "表头中没有能与数据目录指标对应的列。请确认表头写的是指标名称（如“常住人口”），或请统筹办为指标添加别名。"));

    static final Map<String, String> COLUMN_MATCHES = Map.of("CODE", "按代码", "NAME", "按名称", "ALIAS", "按别名",
            "REMEMBERED", "沿用上次", "CONFIRMED", "已人工确认", "NONE", "未匹配");

    static final Map<String, String> ROW_MATCHES = Map.of("AMBIGUOUS", "重名，请选择", "UNKNOWN", "未找到该单位",
            "OUTSIDE_REGION", "不在本辖区", "CODE", "按代码", "NAME", "按名称");

    static final Map<String, String> STATUSES = Map.of("DRAFT", "待确认", "FILED", "已发出");

    /** A corrected column's problem, by rule. */
    static final Map<String, String> COLUMN_RULES = Map.of("EXISTS", "所选指标不在数据目录中",
            "UNIQUE", "与另一列对应了同一个指标，每个指标只能对应一列",
            "GRANT", "本部门未获授权读取该指标（内部或受限数据），请改为“不映射”或申请授权");

    /** A corrected row's problem, by rule. */
    static final Map<String, String> ROW_RULES = Map.of("EXISTS", "单位代码不存在",
            "UNIQUE", "与另一行对应了同一个单位", "TARGET_IN_REGION", "该单位不在本部门辖区内",
            "FORMAT", "单位代码格式不正确");

    /** A row of a unit's workbook, by rule of its value. */
    static final Map<String, String> VALUE_RULES = Map.of("VALUE", "数值超出该指标允许的范围",
            "RANGE", "数值超出该指标允许的范围", "FORMAT", "不是数字", "REQUIRED", "未填写数值",
            "DUPLICATE", "同一指标填写了多行", "UNIQUE", "同一指标填写了多行", "EXISTS", "指标代码不在本任务中");

    /** The API's reasons for an unreadable cell, as it words them. */
    static final Map<String, String> UNREADABLE = Map.of("text where a number is expected", "应填数字，却是文字");

    private ZhForms() {
    }

    /** What is wrong with an uploaded file, naming the cell for a formula. */
    public static String file(ApiProblem.Violation v) {
        String text = FILE_RULES.getOrDefault(v.rule(), "文件不符合要求（" + v.rule() + "）。");
        if ("FORMULA".equals(v.rule()) && v.message() != null) {
            Matcher cell = CELL.matcher(v.message());
            if (cell.find()) {
                text = "单元格 " + cell.group(1) + " 含有公式。" + text.substring(text.indexOf('。') + 1);
            }
        }
        return text;
    }

    /** What is wrong with an uploaded file, by rule only (the console's own checks). */
    public static String fileRule(String rule) {
        return file(new ApiProblem.Violation("file", rule, null));
    }

    /** Whether a rule is one of an uploaded file's (a problem may name no field for them). */
    public static boolean isFileRule(String rule) {
        return rule != null && FILE_RULES.containsKey(rule);
    }

    public static String columnMatch(String match) {
        return match == null ? "" : COLUMN_MATCHES.getOrDefault(match, match);
    }

    public static String rowMatch(String match) {
        return match == null ? "" : ROW_MATCHES.getOrDefault(match, match);
    }

    public static String status(String status) {
        return status == null ? "" : STATUSES.getOrDefault(status, status);
    }

    public static String columnRule(String rule) {
        return COLUMN_RULES.getOrDefault(rule, Zh.rule(rule));
    }

    public static String rowRule(String rule) {
        return ROW_RULES.getOrDefault(rule, Zh.rule(rule));
    }

    /** A row of a unit's workbook: "第 5 行：不是数字". */
    public static String workbookRow(int row, String part, String rule) {
        String text = "indicator".equals(part) ? "指标代码不在本任务中"
                : VALUE_RULES.getOrDefault(rule, Zh.rule(rule));
        return "第 " + row + " 行：" + text;
    }

    public static String unreadable(String reason) {
        return reason == null ? "无法读取" : UNREADABLE.getOrDefault(reason, reason);
    }

    /** Minutes as hours to one decimal, e.g. 41000 as 683.3. */
    public static String hours(Integer minutes) {
        return minutes == null ? "—" : BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1,
                RoundingMode.HALF_UP).toPlainString();
    }

    /** Excel rows as the page names them, e.g. "第 3–4 行". */
    public static String excelRows(java.util.List<Integer> rows) {
        if (rows == null || rows.isEmpty()) {
            return "—";
        }
        int first = rows.get(0);
        int last = rows.get(rows.size() - 1);
        return first == last ? "第 " + first + " 行" : "第 " + first + "–" + last + " 行";
    }
}
