package io.grassroots.web.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import jakarta.ws.rs.ForbiddenException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** What the unit's pages share: who may see them, reading the API's JSON, and the Chinese for visits and access. */
public final class UnitPages {
    static final Map<String, String> VISIT_STATUSES = Map.of("PLANNED", "已排期", "CONFIRMED", "已确认",
            "COMPLETED", "已完成");
    static final Map<String, String> TASK_STATUSES = Map.of("OPEN", "待填报", "FULFILLED", "已完成");
    /** The access log's reasons, as dataset-share-service writes them. */
    static final Map<String, String> REASONS = Map.of("direct read", "直接查阅", "another unit's data", "不能查阅其他单位的数据",
            "outside your region", "不在其辖区内", "outside the department's region", "不在该部门辖区内");

    private UnitPages() {
    }

    /** The signed-in unit; anyone else may not see a unit's pages. */
    static User require(Viewer viewer) {
        User user = viewer.require(Role.UNIT);
        if (user.unit() == null || user.unit().isBlank()) {
            throw new ForbiddenException(user.username() + " acts for no unit");
        }
        return user;
    }

    static <T> T map(ObjectMapper json, JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the API's answer is not a " + type.getSimpleName(), e);
        }
    }

    public static String visitStatus(String status) {
        return status == null ? "" : VISIT_STATUSES.getOrDefault(status, status);
    }

    public static String taskStatus(String status) {
        return status == null ? "" : TASK_STATUSES.getOrDefault(status, status);
    }

    public static String outcome(String outcome) {
        return "DENIED".equals(outcome) ? "已拒绝" : "READ".equals(outcome) ? "已读取" : outcome == null ? "" : outcome;
    }

    /** A reason in Chinese; one the console does not know (e.g. an indicator not granted) is shown as the API says it. */
    public static String reason(String reason) {
        if (reason == null) {
            return "";
        }
        if (reason.contains(" is not granted to ")) {
            return "该指标未授权给此部门（" + reason + "）";
        }
        return REASONS.getOrDefault(reason, reason);
    }
}
