package io.grassroots.share.catalog;

import java.math.BigDecimal;
import java.util.List;

/** An indicator as the catalog shows it, and as a coordinator creates one. */
public record IndicatorView(String code, String name, String unitOfMeasure, String ownerDepartment,
        Integer freshnessDays, String sensitivity, String valueType, BigDecimal minValue, BigDecimal maxValue,
        Integer minutesPerField, List<String> grantedDepartments, List<String> grantedGroups, List<String> aliases) {

    static IndicatorView of(Indicator i, List<String> aliases) {
        return new IndicatorView(i.code, i.name, i.unitOfMeasure, i.ownerDepartment, i.freshnessDays, i.sensitivity,
                i.valueType, i.minValue, i.maxValue, i.minutesPerField, Indicator.split(i.grantedDepartments),
                Indicator.split(i.grantedGroups), aliases);
    }
}
