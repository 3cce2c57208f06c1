package io.grassroots.inspection.directory;

import java.util.List;

/**
 * The line departments found at each level of government in a province, used to seed a realistic
 * directory: each template yields e.g. 广西壮族自治区应急管理厅, 南宁市应急管理局, 兴宁区应急管理局.
 */
final class DepartmentTemplates {
    record Template(String slug, String group, String provinceSuffix, String citySuffix, String countySuffix) {
        String name(String level, String regionName) {
            return regionName + switch (level) {
                case "PROVINCE" -> provinceSuffix;
                case "CITY" -> citySuffix;
                default -> countySuffix;
            };
        }
    }

    static final List<Template> ALL = List.of(
            new Template("emergency", "SAFETY", "应急管理厅", "应急管理局", "应急管理局"),
            new Template("fire", "SAFETY", "消防救援总队", "消防救援支队", "消防救援大队"),
            new Template("market", "SAFETY", "市场监督管理局", "市场监督管理局", "市场监督管理局"),
            new Template("environment", "ECOLOGY", "生态环境厅", "生态环境局", "生态环境分局"),
            new Template("natural-resources", "ECOLOGY", "自然资源厅", "自然资源局", "自然资源局"),
            new Template("agriculture", "RURAL", "农业农村厅", "农业农村局", "农业农村局"),
            new Template("rural-revitalization", "RURAL", "乡村振兴局", "乡村振兴局", "乡村振兴局"),
            new Template("education", "SOCIAL", "教育厅", "教育局", "教育局"),
            new Template("health", "SOCIAL", "卫生健康委员会", "卫生健康委员会", "卫生健康局"),
            new Template("civil-affairs", "SOCIAL", "民政厅", "民政局", "民政局"),
            new Template("finance", "ECONOMY", "财政厅", "财政局", "财政局"),
            new Template("audit", "ECONOMY", "审计厅", "审计局", "审计局"),
            new Template("statistics", "ECONOMY", "统计局", "统计局", "统计局"),
            new Template("organization", "GOVERNANCE", "党委组织部", "委组织部", "委组织部"),
            new Template("political-legal", "GOVERNANCE", "党委政法委员会", "委政法委员会", "委政法委员会"));

    private DepartmentTemplates() {
    }
}
