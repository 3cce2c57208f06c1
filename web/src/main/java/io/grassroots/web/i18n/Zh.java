package io.grassroots.web.i18n;

import io.grassroots.web.api.ApiProblem;
import io.quarkus.qute.TemplateExtension;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's Chinese for the platform's codes: fields, rules, statuses and problem types. The API
 * speaks English sentences meant for developers; users read these instead, keyed by the stable codes.
 * Templates call them as {@code zh:status(plan.status)}.
 */
@TemplateExtension(namespace = "zh")
public final class Zh {
    private static final Pattern INDEXED = Pattern.compile("([A-Za-z.]+)\\[(\\d{1,6})]");
    /** A policy rule's setting, e.g. {@code rules.TEAM_SIZE.max}. */
    private static final Pattern RULE_SETTING = Pattern.compile("rules\\.([A-Z_]+)(?:\\.([A-Za-z]+))?");
    /** A row of a list and one of its fields, e.g. {@code quotas[0].baseline}. */
    private static final Pattern ROW_FIELD = Pattern.compile("([A-Za-z]+)\\[(\\d{1,6})]\\.([A-Za-z]+)");

    static final Map<String, String> RULE_NAMES = Map.of("ONE_COMPREHENSIVE_PER_YEAR", "综合性督查检查考核次数",
            "ANNUAL_QUOTA", "年度计划配额", "TEAM_SIZE", "检查组人数", "NOTICE", "提前通知", "CALENDAR", "可检查日",
            "CALENDAR_UNKNOWN", "放假安排未发布", "UNIT_MONTHLY_CAP", "单位每月受检次数", "TARGET_IN_REGION",
            "检查对象在辖区内", "MANDATE_REQUIRED", "依据文件", "DUPLICATE_PLAN", "重复计划");

    static final Map<String, String> PARTS = Map.ofEntries(Map.entry("severity", "处理方式"),
            Map.entry("max", "上限"), Map.entry("workingDays", "工作日数"), Map.entry("cut", "压减比例"),
            Map.entry("department", "部门"), Map.entry("baseline", "基准数"), Map.entry("from", "开始日期"),
            Map.entry("to", "结束日期"), Map.entry("date", "日期"), Map.entry("name", "名称"));

    static final Map<String, String> LISTS = Map.of("quotas", "配额", "blackouts", "禁止检查时段", "holidays", "放假日期",
            "workdays", "调休上班日");

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("username", "用户名"),
            Map.entry("password", "密码"), Map.entry("year", "年度"), Map.entry("title", "标题"),
            Map.entry("kind", "类型"), Map.entry("scope", "范围"), Map.entry("category", "检查类别"),
            Map.entry("targets", "检查对象"), Map.entry("targetSelector", "检查对象范围"),
            Map.entry("targetSelector.under", "所属地区或单位"), Map.entry("targetSelector.level", "单位层级"),
            Map.entry("windowStart", "最早日期"), Map.entry("windowEnd", "最晚日期"),
            Map.entry("onSiteDays", "现场天数"), Map.entry("teamSize", "检查组人数"), Map.entry("materials", "所需材料"),
            Map.entry("mandate", "依据文件"), Map.entry("vetoItem", "一票否决事项"), Map.entry("status", "状态"),
            Map.entry("region", "地区"), Map.entry("page", "页码"), Map.entry("size", "每页条数"),
            Map.entry("body", "提交内容"), Map.entry("dept", "所属部门"),
            Map.entry("decision", "审批决定"), Map.entry("reason", "理由"),
            Map.entry("acceptedFindings", "需审核的规则提示"), Map.entry("holidays", "放假日期"),
            Map.entry("workdays", "调休上班日"), Map.entry("source", "依据文件"),
            Map.entry("indicators", "指标"), Map.entry("units", "填报单位"), Map.entry("period", "数据期间"),
            Map.entry("dueDate", "截止日期"), Map.entry("department", "部门"),
            Map.entry("role", "角色"), Map.entry("unit", "单位代码"), Map.entry("currentPassword", "当前密码"),
            Map.entry("newPassword", "新密码"), Map.entry("confirmPassword", "确认密码"), Map.entry("q", "搜索内容"));

    static final Map<String, String> RULES = Map.ofEntries(Map.entry("REQUIRED", "为必填项"),
            Map.entry("RANGE", "超出允许范围"), Map.entry("FORMAT", "格式不正确"), Map.entry("ENUM", "取值无效"),
            Map.entry("MAX_SIZE", "数量超过上限"), Map.entry("MAX_LENGTH", "内容过长"), Map.entry("UNIQUE", "重复填写"),
            Map.entry("YEAR", "须在计划年度之内"), Map.entry("WINDOW_ORDER", "不能早于最早日期"),
            Map.entry("EXISTS", "不存在"), Map.entry("IN_REGION", "不在本辖区内"), Map.entry("NOT_ALLOWED", "不允许"),
            Map.entry("TOKEN", "登录信息中缺少此项"), Map.entry("STATUS", "当前状态下不能进行此操作"),
            Map.entry("REVIEW_ACCEPTED", "须逐项勾选接受后才能批准"),
            Map.entry("RELAX", "不能比上级地区的规定更宽松（只能从严）"), Map.entry("PARAMETER", "不是该规则的参数"),
            Map.entry("WEEKEND", "只能是周六或周日"), Map.entry("CONFLICT", "与放假日期重复"),
            Map.entry("EVENT_TOO_LARGE", "涉及对象过多，无法保存"),
            Map.entry("ONE_COMPREHENSIVE_PER_YEAR", "原则上每年只开展 1 次综合性督查检查考核"),
            Map.entry("ANNUAL_QUOTA", "超出本部门年度计划配额（较基准压减 50% 以上）"),
            Map.entry("TEAM_SIZE", "检查组人数超过上限（轻车简从，默认不超过 5 人）"),
            Map.entry("NOTICE", "通知时间不足（默认须提前 10 个工作日）"),
            Map.entry("CALENDAR", "时间窗口内可安排的工作日不足（不含周末、节假日和无会月）"),
            Map.entry("CALENDAR_UNKNOWN", "该年度国家放假安排尚未发布，暂只排除周末"),
            Map.entry("UNIT_MONTHLY_CAP", "单位当月受检次数已达上限"),
            Map.entry("TARGET_IN_REGION", "检查对象须在本部门辖区之内"),
            Map.entry("MANDATE_REQUIRED", "综合性计划和一票否决事项须注明依据文件"),
            Map.entry("DUPLICATE_PLAN", "本部门已有同类别、同对象且时间重叠的计划"),
            Map.entry("GRANT", "未获本部门授权读取（内部或受限数据），请去掉该指标或申请授权"),
            Map.entry("MIN_LENGTH", "太短（密码至少 12 个字符）"), Map.entry("NOT_USERNAME", "不能包含用户名"),
            Map.entry("CORRECT", "不正确"), Map.entry("CHANGED", "须与当前密码不同"), Map.entry("ONE_OF", "须且只须填写其中一项"),
            Map.entry("SELF", "不能停用自己的账号"),
            Map.entry("ALIAS_TAKEN", "已是其他指标的名称、代码或别名"),
            Map.entry("PROVINCE_WIDE", "适用于全省，只有省级统筹办可以修改"));

    static final java.util.Set<String> RELIEF_RULES = java.util.Set.of("ONE_COMPREHENSIVE_PER_YEAR", "ANNUAL_QUOTA",
            "TEAM_SIZE", "NOTICE", "CALENDAR", "CALENDAR_UNKNOWN", "UNIT_MONTHLY_CAP", "TARGET_IN_REGION",
            "MANDATE_REQUIRED", "DUPLICATE_PLAN", "EVENT_TOO_LARGE");

    static final Map<String, String> STATUSES = Map.of("DRAFT", "草稿", "SUBMITTED", "已报送待审批", "APPROVED", "已批准",
            "REJECTED", "已退回", "SCHEDULED", "已排期", "COMPLETED", "已完成", "CANCELLED", "已撤销");

    static final Map<String, String> KINDS = Map.of("SUPERVISION", "督查", "INSPECTION", "检查", "ASSESSMENT", "考核",
            "COMPREHENSIVE", "综合性", "SPECIAL", "专项");

    static final Map<String, String> SEVERITIES = Map.of("BLOCK", "不能报送", "REVIEW", "需统筹办审核");

    static final Map<String, String> APART = Map.of("CALENDAR", "时间窗口内没有足够的连续可检查日",
            "CAPACITY", "检查组人数超过单次检查的上限", "UNIT_MONTHLY_CAP", "单位当月受检次数已达上限",
            "ONLY_PLAN", "该单位没有可合并的同类检查计划", "WINDOWS_DISJOINT", "与其他计划的时间窗口没有共同的检查日");

    private Zh() {
    }

    /** A field's name, e.g. "检查对象" for {@code targets}, "检查对象第 3 项" for {@code targets[2]}. */
    public static String field(String field) {
        if (field == null) {
            return "";
        }
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches()) {
            String list = LISTS.getOrDefault(indexed.group(1), FIELDS.getOrDefault(indexed.group(1), indexed.group(1)));
            return list + "第 " + (Integer.parseInt(indexed.group(2)) + 1) + " 项";
        }
        Matcher setting = RULE_SETTING.matcher(field);
        if (setting.matches()) {
            String rule = "规则“" + ruleName(setting.group(1)) + "”";
            return setting.group(2) == null ? rule
                    : rule + "的" + PARTS.getOrDefault(setting.group(2), setting.group(2));
        }
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches() && LISTS.containsKey(row.group(1))) {
            return LISTS.get(row.group(1)) + "第 " + (Integer.parseInt(row.group(2)) + 1) + " 行的"
                    + PARTS.getOrDefault(row.group(3), row.group(3));
        }
        return FIELDS.getOrDefault(field, field);
    }

    /** The form field a violation belongs next to: {@code targets[2]} goes next to {@code targets}, and so on. */
    public static String formField(String field) {
        if (field == null) {
            return "";
        }
        // An item of a list, or a field of an item, goes next to the list's input: holidays[1].date to holidays.
        int bracket = field.indexOf('[');
        String plain = bracket > 0 ? field.substring(0, bracket) : field;
        return plain.startsWith("targetSelector") ? "targets" : plain;
    }

    /** A burden-relief rule's short name, e.g. "检查组人数" for TEAM_SIZE. */
    public static String ruleName(String rule) {
        return rule == null ? "" : RULE_NAMES.getOrDefault(rule, rule);
    }

    public static String rule(String rule) {
        return rule == null ? "不符合要求" : RULES.getOrDefault(rule, "不符合要求（" + rule + "）");
    }

    /**
     * One violation as a sentence: the field, then what is wrong with it; a burden-relief rule's text
     * already says what it is about, so it stands alone.
     */
    public static String violation(ApiProblem.Violation v) {
        String field = field(v.field());
        boolean standsAlone = field.isEmpty() || "body".equals(v.field()) || RELIEF_RULES.contains(v.rule());
        return standsAlone ? rule(v.rule()) : field + rule(v.rule());
    }

    /** Why a scheduling run left a plan-target unplaced or visiting its unit alone. */
    public static String apart(String reason) {
        return reason == null ? "" : APART.getOrDefault(reason, reason);
    }

    public static String status(String status) {
        return status == null ? "" : STATUSES.getOrDefault(status, status);
    }

    public static String kind(String kind) {
        return kind == null ? "" : KINDS.getOrDefault(kind, kind);
    }

    public static String severity(String severity) {
        return severity == null ? "" : SEVERITIES.getOrDefault(severity, severity);
    }

    /** What a page says for a problem as a whole, by its status, when no field is named. */
    public static String problem(ApiProblem p) {
        return switch (p.status()) {
            case 400, 422 -> "提交的内容有误，请按提示修改。";
            case 403 -> "您没有进行此操作的权限。";
            case 404 -> "未找到该内容，或您无权查看。";
            case 409 -> "当前状态下不能进行此操作，请刷新后再试。";
            case 413 -> "提交的内容过大。";
            case 429 -> "操作过于频繁，请稍后再试。";
            case 502, 503, 504 -> "平台服务暂时不可用，请稍后再试。";
            default -> "平台返回错误（" + p.status() + "），请稍后再试。";
        };
    }
}
