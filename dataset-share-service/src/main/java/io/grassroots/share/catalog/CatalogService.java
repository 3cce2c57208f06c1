package io.grassroots.share.catalog;

import io.grassroots.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the catalog and changes it: adds indicators and replaces their aliases, each in one transaction. */
@ApplicationScoped
public class CatalogService {
    @Inject
    IndicatorRepository indicators;
    @Inject
    IndicatorCache cache;
    @Inject
    IndicatorAliases aliases;

    @Transactional
    public List<IndicatorView> list() {
        Map<String, List<String>> all = aliases.all();
        return indicators.listAll().stream().map(i -> IndicatorView.of(i, all.getOrDefault(i.code, List.of())))
                .toList();
    }

    @Transactional
    public IndicatorView get(String code) {
        return indicators.findByIdOptional(code).map(i -> IndicatorView.of(i, aliases.of(i.code)))
                .orElseThrow(() -> ProblemException.notFound("indicator " + code));
    }

    /** Replaces the other names departments' forms give the indicator. */
    @Transactional
    public IndicatorView replaceAliases(String code, List<String> names, String by) {
        Indicator indicator = indicators.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("indicator " + code));
        return IndicatorView.of(indicator, aliases.replace(indicator, names, by));
    }

    /** Adds a well-formed indicator (its shape and rules checked by the caller); 409 when the code is taken. */
    @Transactional
    public IndicatorView create(IndicatorView request) {
        if (indicators.findById(request.code()) != null) {
            throw ProblemException.conflict("UNIQUE", "indicator " + request.code() + " exists already");
        }
        Indicator i = new Indicator();
        i.code = request.code();
        i.name = request.name().trim();
        i.unitOfMeasure = request.unitOfMeasure().trim();
        i.ownerDepartment = request.ownerDepartment();
        i.freshnessDays = request.freshnessDays();
        i.sensitivity = Sensitivity.valueOf(request.sensitivity());
        i.valueType = ValueType.valueOf(request.valueType());
        i.minValue = request.minValue();
        i.maxValue = request.maxValue();
        i.minutesPerField = request.minutesPerField() == null ? 5 : request.minutesPerField();
        i.grantedDepartments = request.grantedDepartments() == null ? new ArrayList<>()
                : new ArrayList<>(request.grantedDepartments());
        i.grantedGroups = request.grantedGroups() == null ? new ArrayList<>()
                : new ArrayList<>(request.grantedGroups());
        i.createdAt = Instant.now();
        indicators.persist(i);
        cache.forget(i.code);
        return IndicatorView.of(i, List.of());
    }
}
