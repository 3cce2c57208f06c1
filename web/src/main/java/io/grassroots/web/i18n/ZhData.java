package io.grassroots.web.i18n;

import io.quarkus.qute.TemplateExtension;
import java.util.Map;

/**
 * The console's Chinese for the shared dataset's codes: a data request's status, where a value came
 * from, an indicator's sensitivity, and the share's percentages. Templates call them as {@code zhd:requestStatus(r.status)}.
 */
@TemplateExtension(namespace = "zhd")
public final class ZhData {
    static final Map<String, String> REQUEST_STATUSES = Map.of("OPEN", "等待单位填报", "ANSWERED", "已全部答复");
    static final Map<String, String> SOURCES = Map.of("UNIT_REPORT", "单位报送", "INSPECTION", "检查结果采集",
            "AUDIT", "审计导入", "STATISTICS", "统计导入");
    static final Map<String, String> SENSITIVITIES = Map.of("PUBLIC", "公开", "INTERNAL", "内部，需授权",
            "RESTRICTED", "受限，需点名授权");

    private ZhData() {
    }

    public static String requestStatus(String status) {
        return status == null ? "" : REQUEST_STATUSES.getOrDefault(status, status);
    }

    public static String dataSource(String source) {
        return source == null ? "—" : SOURCES.getOrDefault(source, source);
    }

    /** A 0–1 share as a percentage to one decimal, as the share's charts show it; "—" for none. */
    public static String share(Double share) {
        return share == null ? "—" : java.math.BigDecimal.valueOf(share * 100)
                .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public static String sensitivity(String sensitivity) {
        return sensitivity == null ? "" : SENSITIVITIES.getOrDefault(sensitivity, sensitivity);
    }
}
