package io.grassroots.assessment.directory;

import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.assessment.jdbc.Sql;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Lookups in the local copy of the directory. */
@ApplicationScoped
public class Directory {
    @Inject
    Sql sql;

    @Transactional
    public Optional<String> unitName(String code) {
        return sql.run(c -> Jdbc.query(c, "select name from unit where code = ?", rs -> rs.getString("name"), code))
                .stream().findFirst();
    }

    /**
     * The unit's name if the caller may see the unit's burden and scores: the unit itself, a
     * department whose region contains it, a coordinator or auditor over it. Anyone else gets 404.
     */
    @Transactional
    public String visibleUnit(String code, Caller caller) {
        boolean own = caller.role() == Role.UNIT && code.equals(caller.unit());
        boolean department = caller.role() == Role.DEPARTMENT && caller.region() != null
                && code.startsWith(caller.region());
        return unitName(code).filter(name -> own || department || caller.oversees(code))
                .orElseThrow(() -> ProblemException.notFound("unit " + code));
    }
}
