package io.grassroots.share.form;

import io.grassroots.share.catalog.IndicatorAliases;
import io.grassroots.share.catalog.IndicatorRepository;
import io.grassroots.share.directory.DirectoryCache;
import io.grassroots.share.directory.RegionUnits;
import io.grassroots.share.form.mapping.ColumnMatcher;
import io.grassroots.share.form.mapping.LayoutDetector;
import io.grassroots.share.form.mapping.UnitMatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Builds what reads a department's form: the catalog with its aliases, and the units of its region. */
@ApplicationScoped
class FormReading {
    @Inject
    IndicatorRepository indicators;
    @Inject
    IndicatorAliases aliases;
    @Inject
    RegionUnits regionUnits;
    @Inject
    DirectoryCache directory;

    LayoutDetector detector(String region) {
        return new LayoutDetector(columns(), units(region));
    }

    ColumnMatcher columns() {
        Map<String, List<String>> all = aliases.all();
        return new ColumnMatcher(indicators.listAll().stream()
                .map(i -> new ColumnMatcher.Entry(i.code, i.name, all.getOrDefault(i.code, List.of()))).toList());
    }

    UnitMatcher units(String region) {
        return new UnitMatcher(regionUnits.of(region).stream()
                .map(u -> new UnitMatcher.RegionUnit(u.code(), u.name(), u.parentName())).toList(),
                directory::unitExists);
    }
}
