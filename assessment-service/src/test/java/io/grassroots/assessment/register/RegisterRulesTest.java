package io.grassroots.assessment.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.platform.web.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register's rules, without Quarkus: mandates, trace evidence, veto levels. */
class RegisterRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Mandate PROVINCIAL = new Mandate("广西壮族自治区人民政府办公厅", "桂政办发〔2025〕12号",
            LocalDate.of(2025, 6, 1), "PROVINCIAL");

    private static IndicatorInput indicator(String kind, String evidence, Mandate mandate) {
        return new IndicatorInput("SAFE_PRODUCTION", "安全生产事故起数", null, kind, evidence, mandate,
                "SAFETY_INCIDENTS", "LOWER_IS_BETTER", BigDecimal.ONE, BigDecimal.TEN);
    }

    private static List<String> rules(List<Violation> v) {
        return v.stream().map(x -> x.field() + ":" + x.rule()).toList();
    }

    @Test
    void aResultBasedIndicatorWithAMandateIsAccepted() {
        assertEquals(List.of(), RegisterRules.indicator(indicator("SHARED_DATA", "统计部门的事故起数", PROVINCIAL), TODAY));
        assertEquals(List.of(), RegisterRules.indicator(new IndicatorInput("INSPECTION_RATING", "检查评价", null,
                "INSPECTION_RESULT", "joint inspection ratings", PROVINCIAL, null, "HIGHER_IS_BETTER",
                BigDecimal.valueOf(4), BigDecimal.ONE), TODAY));
    }

    @Test
    void anIndicatorWithoutAMandateIsRefused() {
        List<Violation> v = RegisterRules.indicator(indicator("SHARED_DATA", "事故起数", null), TODAY);
        assertEquals(List.of("mandate:MANDATE_REQUIRED"), rules(v));
    }

    @Test
    void anIncompleteOrFutureMandateNamesEachField() {
        List<Violation> v = RegisterRules.indicator(indicator("SHARED_DATA", "事故起数",
                new Mandate(" ", null, LocalDate.of(2026, 3, 3), "WORLD")), TODAY);
        assertEquals(List.of("mandate.issuingBody:REQUIRED", "mandate.document:REQUIRED",
                "mandate.issuedOn:NOT_FUTURE", "mandate.level:ENUM"), rules(v));
    }

    @Test
    void everyTraceEvidenceKindIsRefusedWithItsReason() {
        for (String kind : RegisterRules.TRACE_EVIDENCE.keySet()) {
            List<Violation> v = RegisterRules.indicator(indicator(kind, "whatever is uploaded", PROVINCIAL), TODAY);
            assertEquals(List.of("evidenceKind:TRACE_EVIDENCE"), rules(v), kind);
            assertTrue(v.get(0).message().contains(RegisterRules.TRACE_EVIDENCE.get(kind)), v.get(0).message());
        }
    }

    @Test
    void aTraceHiddenInTheWordingIsFoundInWhicheverFieldItIs() {
        List<Violation> v = RegisterRules.indicator(new IndicatorInput("PARTY_STUDY", "学习会议次数", "上传工作笔记",
                "SHARED_DATA", "每月上传截图 and app check-in", PROVINCIAL, "X", "HIGHER_IS_BETTER", BigDecimal.ONE,
                BigDecimal.ONE), TODAY);
        assertEquals(List.of("name:TRACE_EVIDENCE", "description:TRACE_EVIDENCE", "evidence:TRACE_EVIDENCE"), rules(v));
        assertTrue(v.get(0).message().contains("会议次数"), v.get(0).message());
        assertTrue(v.get(2).message().contains("check-in") || v.get(2).message().contains("截图"), v.get(2).message());
    }

    @Test
    void scoringNeedsAReadableDefinition() {
        List<Violation> v = RegisterRules.indicator(new IndicatorInput("x", "n", null, "SHARED_DATA", "e", PROVINCIAL,
                null, "SIDEWAYS", BigDecimal.ZERO, BigDecimal.valueOf(101)), TODAY);
        assertEquals(List.of("code:FORMAT", "dataIndicator:REQUIRED", "direction:ENUM", "target:POSITIVE",
                "weight:RANGE"), rules(v));
    }

    @Test
    void vetoItemsNeedACentralOrProvincialMandate() {
        assertEquals(List.of(), RegisterRules.vetoItem(new VetoItemInput("SAFETY_MAJOR_ACCIDENT", "重特大安全事故", null,
                new Mandate("国务院安委会", "安委〔2024〕1号", LocalDate.of(2024, 1, 5), "CENTRAL")), TODAY));
        assertEquals(List.of(), RegisterRules.vetoItem(new VetoItemInput("ECOLOGY", "生态", null, PROVINCIAL), TODAY));
        for (String level : List.of("CITY", "COUNTY")) {
            List<Violation> v = RegisterRules.vetoItem(new VetoItemInput("LOCAL", "市级一票否决", null,
                    new Mandate("南宁市", "南府发〔2025〕3号", LocalDate.of(2025, 1, 1), level)), TODAY);
            assertEquals(List.of("mandate.level:MANDATE_LEVEL"), rules(v), level);
        }
        assertEquals(List.of("mandate:MANDATE_REQUIRED"), rules(RegisterRules.vetoItem(new VetoItemInput("NONE",
                "无依据", null, null), TODAY)));
    }
}
