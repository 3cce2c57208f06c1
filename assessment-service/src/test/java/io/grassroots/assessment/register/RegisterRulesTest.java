package io.grassroots.assessment.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.platform.web.ValidationProblems;
import io.grassroots.platform.web.Violation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The register's rules, without Quarkus: each field's shape, mandates, trace evidence, veto levels. */
class RegisterRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Validator SHAPE = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final Mandate PROVINCIAL = new Mandate("广西壮族自治区人民政府办公厅", "桂政办发〔2025〕12号",
            LocalDate.of(2025, 6, 1), "PROVINCIAL");

    private static IndicatorInput indicator(String kind, String evidence, Mandate mandate) {
        return new IndicatorInput("SAFE_PRODUCTION", "安全生产事故起数", null, kind, evidence, mandate,
                "SAFETY_INCIDENTS", "LOWER_IS_BETTER", BigDecimal.ONE, BigDecimal.TEN);
    }

    private static List<String> rules(List<Violation> v) {
        return v.stream().map(x -> x.field() + ":" + x.rule()).toList();
    }

    /** As the service sees an indicator: its fields' shape first (Bean Validation), then the register's rules. */
    private static List<Violation> check(IndicatorInput in) {
        List<Violation> shape = ValidationProblems.violations(SHAPE.validate(in));
        return shape.isEmpty() ? RegisterRules.indicator(in, TODAY) : shape;
    }

    private static List<Violation> check(VetoItemInput in) {
        List<Violation> shape = ValidationProblems.violations(SHAPE.validate(in));
        return shape.isEmpty() ? RegisterRules.vetoItem(in, TODAY) : shape;
    }

    @Test
    void aResultBasedIndicatorWithAMandateIsAccepted() {
        assertEquals(List.of(), check(indicator("SHARED_DATA", "统计部门的事故起数", PROVINCIAL)));
        assertEquals(List.of(), check(new IndicatorInput("INSPECTION_RATING", "检查评价", null,
                "INSPECTION_RESULT", "joint inspection ratings", PROVINCIAL, null, "HIGHER_IS_BETTER",
                BigDecimal.valueOf(4), BigDecimal.ONE)));
    }

    @Test
    void anIndicatorWithoutAMandateIsRefused() {
        List<Violation> v = check(indicator("SHARED_DATA", "事故起数", null));
        assertEquals(List.of("mandate:MANDATE_REQUIRED"), rules(v));
    }

    @Test
    void anIncompleteOrFutureMandateNamesEachField() {
        // The shape of each field first; then, of a complete mandate, its date and level.
        List<Violation> v = check(indicator("SHARED_DATA", "事故起数",
                new Mandate(" ", null, LocalDate.of(2026, 3, 3), "WORLD")));
        assertEquals(List.of("mandate.document:REQUIRED", "mandate.issuingBody:REQUIRED"), rules(v));
        v = check(indicator("SHARED_DATA", "事故起数", new Mandate("某厅", "某文", null, "PROVINCIAL")));
        assertEquals(List.of("mandate.issuedOn:REQUIRED"), rules(v));
        v = check(indicator("SHARED_DATA", "事故起数", new Mandate("某厅", "某文", LocalDate.of(2026, 3, 3), "WORLD")));
        assertEquals(List.of("mandate.issuedOn:NOT_FUTURE", "mandate.level:ENUM"), rules(v));
    }

    @Test
    void everyTraceEvidenceKindIsRefusedWithItsReason() {
        // The eight trace kinds README names, each with the reason a reader is given.
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("SCREENSHOT", "SCREENSHOT is refused: screenshots show that something was on a screen, "
                + "not that the work was done");
        refused.put("PHOTO", "PHOTO is refused: photos uploaded to apps prove a photo was taken, not a result");
        refused.put("MEETING_COUNT", "MEETING_COUNT is refused: the number of meetings held measures meetings, "
                + "not outcomes");
        refused.put("DOCUMENTS_ISSUED", "DOCUMENTS_ISSUED is refused: the number of documents issued measures "
                + "paperwork, not outcomes");
        refused.put("LEDGER_KEPT", "LEDGER_KEPT is refused: keeping a ledger (台账) is a trace of work, not its result");
        refused.put("NOTES_WRITTEN",
                "NOTES_WRITTEN is refused: work notes written are a trace of work, not its result");
        refused.put("APP_CHECKIN", "APP_CHECKIN is refused: app check-ins measure presence in an app, not results");
        refused.put("APP_DOWNLOAD", "APP_DOWNLOAD is refused: app downloads or installs measure an app's reach, "
                + "not the unit's work");
        assertEquals(8, refused.size());
        refused.forEach((kind, message) -> {
            List<Violation> v = check(indicator(kind, "whatever is uploaded", PROVINCIAL));
            assertEquals(List.of("evidenceKind:TRACE_EVIDENCE"), rules(v), kind);
            assertEquals(message, v.get(0).message());
        });
    }

    @Test
    void aTraceHiddenInTheWordingIsFoundInWhicheverFieldItIs() {
        List<Violation> v = check(new IndicatorInput("PARTY_STUDY", "学习会议次数", "上传工作笔记",
                "SHARED_DATA", "每月上传截图 and app check-in", PROVINCIAL, "X", "HIGHER_IS_BETTER", BigDecimal.ONE,
                BigDecimal.ONE));
        assertEquals(List.of("name:TRACE_EVIDENCE", "description:TRACE_EVIDENCE", "evidence:TRACE_EVIDENCE"), rules(v));
        assertTrue(v.get(0).message().contains("会议次数"), v.get(0).message());
        assertTrue(v.get(2).message().contains("check-in") || v.get(2).message().contains("截图"), v.get(2).message());
    }

    @Test
    void scoringNeedsAReadableDefinition() {
        List<Violation> v = check(new IndicatorInput("x", "n", null, "SHARED_DATA", "e", PROVINCIAL,
                null, "SIDEWAYS", BigDecimal.ZERO, BigDecimal.valueOf(101)));
        // Each field's shape at once, target and weight included; the register's rules only once it is well formed.
        assertEquals(List.of("code:FORMAT", "target:POSITIVE", "weight:RANGE"), rules(v));
        assertEquals("'x' is not a code of upper case letters, digits and _, e.g. SAFE_PRODUCTION", v.get(0).message());
        v = check(new IndicatorInput("X", "n", null, "SHARED_DATA", "e", PROVINCIAL, null, "SIDEWAYS",
                BigDecimal.ONE, BigDecimal.TEN));
        assertEquals(List.of("code:FORMAT"), rules(v));
        v = check(new IndicatorInput("XY", "n", null, "SHARED_DATA", "e", PROVINCIAL, null, "SIDEWAYS",
                BigDecimal.ZERO, BigDecimal.valueOf(101)));
        // target and weight are shape, declared on IndicatorInput: judged before the register's rules.
        assertEquals(List.of("target:POSITIVE", "weight:RANGE"), rules(v));
        assertEquals("target must be a number above 0, was 0", v.get(0).message());
        assertEquals("weight must be at most 100, was 101", v.get(1).message());
        v = check(new IndicatorInput("XY", "n", null, "SHARED_DATA", "e", PROVINCIAL, null, "SIDEWAYS",
                BigDecimal.ONE, BigDecimal.valueOf(100)));
        assertEquals(List.of("dataIndicator:REQUIRED", "direction:ENUM"), rules(v));
    }

    @Test
    void eachFieldsShapeIsNamedWithItsRule() {
        List<Violation> v = check(new IndicatorInput(null, "名".repeat(201), "d".repeat(2001), " ", null, PROVINCIAL,
                null, "HIGHER_IS_BETTER", BigDecimal.ONE, BigDecimal.ONE));
        assertEquals(List.of("code:REQUIRED", "description:MAX_LENGTH", "evidence:REQUIRED", "evidenceKind:REQUIRED",
                "name:MAX_LENGTH"), rules(v));
        assertEquals("name must be at most 200 characters, was 201", v.get(4).message());
        assertEquals(List.of("code:FORMAT", "mandate.document:MAX_LENGTH", "title:REQUIRED"),
                rules(check(new VetoItemInput(" ", null, null, new Mandate("国务院", "文".repeat(301),
                        LocalDate.of(2024, 1, 5), "CENTRAL")))));
    }

    @Test
    void vetoItemsNeedACentralOrProvincialMandate() {
        assertEquals(List.of(), check(new VetoItemInput("SAFETY_MAJOR_ACCIDENT", "重特大安全事故", null,
                new Mandate("国务院安委会", "安委〔2024〕1号", LocalDate.of(2024, 1, 5), "CENTRAL"))));
        assertEquals(List.of(), check(new VetoItemInput("ECOLOGY", "生态", null, PROVINCIAL)));
        for (String level : List.of("CITY", "COUNTY")) {
            List<Violation> v = check(new VetoItemInput("LOCAL", "市级一票否决", null,
                    new Mandate("南宁市", "南府发〔2025〕3号", LocalDate.of(2025, 1, 1), level)));
            assertEquals(List.of("mandate.level:MANDATE_LEVEL"), rules(v), level);
        }
        assertEquals(List.of("mandate:MANDATE_REQUIRED"), rules(check(new VetoItemInput("NONE",
                "无依据", null, null))));
    }
}
