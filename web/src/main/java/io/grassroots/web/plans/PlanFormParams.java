package io.grassroots.web.plans;

import jakarta.ws.rs.FormParam;

/** The new-plan form's fields as posted. */
public class PlanFormParams {
    @FormParam("year")
    String year;
    @FormParam("title")
    String title;
    @FormParam("kind")
    String kind;
    @FormParam("scope")
    String scope;
    @FormParam("category")
    String category;
    @FormParam("targets")
    String targets;
    /** Townships ticked in the picker; merged with the codes typed. */
    @FormParam("targetUnits")
    java.util.List<String> targetUnits;
    @FormParam("under")
    String under;
    @FormParam("level")
    String level;
    @FormParam("windowStart")
    String windowStart;
    @FormParam("windowEnd")
    String windowEnd;
    @FormParam("onSiteDays")
    String onSiteDays;
    @FormParam("teamSize")
    String teamSize;
    @FormParam("materials")
    String materials;
    @FormParam("mandate")
    String mandate;
    @FormParam("vetoItem")
    String vetoItem;

    PlanInput input() {
        return new PlanInput(year, title, kind, scope, category, PlanInput.merge(targets, targetUnits), under, level,
                windowStart, windowEnd,
                onSiteDays, teamSize, materials, mandate, vetoItem);
    }
}
