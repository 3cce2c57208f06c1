package io.grassroots.share.form.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grassroots.share.workbook.Grid;
import io.grassroots.share.workbook.Numbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading forms as departments make them, without a workbook library: the mapping engine alone. */
class LayoutDetectorTest {
    private static final ColumnMatcher CATALOG = new ColumnMatcher(List.of(
            new ColumnMatcher.Entry("RESIDENT_POPULATION", "常住人口", List.of("常住人口数")),
            new ColumnMatcher.Entry("POPULATION", "户籍人口", List.of("户籍人口数")),
            new ColumnMatcher.Entry("SAFETY_INCIDENTS", "生产安全事故起数", List.of("安全生产事故起数"))));
    private static final UnitMatcher UNITS = new UnitMatcher(List.of(
            new UnitMatcher.RegionUnit("450105001", "城关镇", null),
            new UnitMatcher.RegionUnit("450105002", "新华镇", null),
            new UnitMatcher.RegionUnit("450105001001", "新村", "城关镇"),
            new UnitMatcher.RegionUnit("450105002001", "新村", "新华镇"),
            new UnitMatcher.RegionUnit("450105001002", "和平村", "城关镇")), Set.of("450999001001")::contains);

    /** Rows of texts; a merged region is written out in each of its cells, as the grid reads it merged. */
    private record Rows(List<List<String>> lines) implements Grid {
        public String sheetName() {
            return "Sheet1";
        }

        public int rows() {
            return lines.size();
        }

        public int columns() {
            return lines.stream().mapToInt(List::size).max().orElse(0);
        }

        public Cell cell(int row, int column, boolean merged) {
            String text = column < lines.get(row).size() ? lines.get(row).get(column) : "";
            if (text.isEmpty()) {
                return Cell.BLANK;
            }
            if (text.startsWith("=")) {
                return new Cell(Kind.NUMBER, "1", BigDecimal.ONE, true);
            }
            BigDecimal number = Numbers.parse(text);
            return new Cell(number == null ? Kind.TEXT : Kind.NUMBER, text, number, false);
        }
    }

    @Test
    void aTitleTwoHeaderRowsAndUnitNamesAreFound() {
        Layout layout = new LayoutDetector(CATALOG, UNITS).detect(new Rows(List.of(
                List.of("2026年第一季度基层基本情况统计表", "", "", "", "", ""),
                List.of("填报单位：", "", "", "", "", ""),
                List.of("序号", "单位名称", "人口情况", "人口情况", "安全 生产", "备注"),
                List.of("序号", "单位名称", "常住人口（人）", "户籍人口数", "安全生产事故起数(起)", "备注"),
                List.of("1", "和平村", "", "", "", ""),
                List.of("2", "450105002001", "", "", "", "已核实"),
                List.of("3", "新村", "", "", "", ""),
                List.of("", "城关镇新村", "", "", "", ""),
                List.of("", "合计", "", "", "", ""))));
        assertEquals(List.of(2, 3), layout.headerRows());
        assertEquals(4, layout.firstDataRow());
        assertEquals(1, layout.unitColumn());
        assertEquals("2026年第一季度基层基本情况统计表", layout.title());
        assertEquals("2026-Q1", layout.period());
        assertEquals(List.of("RESIDENT_POPULATION", "POPULATION", "SAFETY_INCIDENTS"),
                layout.columns().stream().filter(c -> c.indicator() != null).map(Layout.Column::indicator).toList());
        assertEquals(List.of(ColumnMatcher.How.NONE, ColumnMatcher.How.NAME, ColumnMatcher.How.ALIAS,
                ColumnMatcher.How.ALIAS, ColumnMatcher.How.NONE),
                layout.columns().stream().map(Layout.Column::match).toList());
        assertEquals("人口情况 / 常住人口（人）", layout.columns().get(1).header());
        List<Layout.Row> rows = layout.rows();
        assertEquals(
                List.of(UnitMatcher.How.NAME, UnitMatcher.How.CODE, UnitMatcher.How.AMBIGUOUS, UnitMatcher.How.NAME,
                        UnitMatcher.How.UNKNOWN),
                rows.stream().map(Layout.Row::match).toList());
        assertEquals("450105001002", rows.get(0).unit());
        assertEquals(2, rows.get(2).candidates().size());
        assertEquals("450105001001", rows.get(3).unit(), "a township's name before the village's settles it");
    }

    @Test
    void aTownshipColumnSettlesAnAmbiguousVillageAndTheVillageColumnNamesTheUnit() {
        Layout layout = new LayoutDetector(CATALOG, UNITS).detect(new Rows(List.of(
                List.of("乡镇", "村", "常住人口"),
                List.of("城关镇", "新村", ""),
                List.of("新华镇", "新村", ""),
                List.of("城关镇", "和平村", ""))));
        assertEquals(1, layout.unitColumn(), "the column naming most distinct units");
        assertEquals(List.of("450105001001", "450105002001", "450105001002"),
                layout.rows().stream().map(Layout.Row::unit).toList());
    }

    @Test
    void formulasUnreadableCellsAndCodesOutsideTheRegionAreReported() {
        Layout layout = new LayoutDetector(CATALOG, UNITS).detect(new Rows(List.of(
                List.of("单位", "常住人口", "说明"),
                List.of("和平村", "=B3*2", "注"),
                List.of("450999001001", "不详", ""))));
        Rows grid = new Rows(List.of(List.of("单位", "常住人口", "说明"), List.of("和平村", "=B3*2", "=1")));
        assertEquals(List.of("B2"), Layout.formulas(grid, Set.of(1), Set.of(1), 20), "only the cells to be filled");
        assertEquals(UnitMatcher.How.OUTSIDE_REGION, layout.rows().get(1).match());
        assertEquals(1, layout.unreadable().size(), "text in a mapped column; a notes column's text is fine");
        assertEquals(1, layout.unreadable().get(0).column());
    }

    @Test
    void formsWithoutUnitsOrIndicatorsAreRefused() {
        LayoutDetector detector = new LayoutDetector(CATALOG, UNITS);
        assertEquals("UNIT_COLUMN", assertThrows(FormRefusal.class, () -> detector.detect(new Rows(List.of(
                List.of("单位", "常住人口"), List.of("某某公司", "3"))))).rule());
        assertEquals("NO_INDICATOR", assertThrows(FormRefusal.class, () -> detector.detect(new Rows(List.of(
                List.of("单位", "道路里程"), List.of("和平村", "3"))))).rule());
    }

    @Test
    void theSameHeadersGiveTheSameSignature() {
        LayoutDetector detector = new LayoutDetector(CATALOG, UNITS);
        Layout a = detector.detect(new Rows(List.of(List.of("单位", "常住人口（人）"), List.of("和平村", ""))));
        Layout b = detector.detect(new Rows(List.of(List.of("单位", "常住人口 (人)"), List.of("新村", ""))));
        Layout c = detector.detect(new Rows(List.of(List.of("单位", "户籍人口"), List.of("和平村", ""))));
        assertEquals(a.signature(), b.signature());
        assertEquals(false, a.signature().equals(c.signature()));
    }

    @Test
    void periodsAreReadFromTitles() {
        assertEquals("2026-Q3", PeriodGuess.of("2026年三季度统计"));
        assertEquals("2026-Q2", PeriodGuess.of("2026Q2 报表"));
        assertEquals("2026-03", PeriodGuess.of("2026年3月份"));
        assertEquals("2025", PeriodGuess.of("2025年度基本情况"));
        assertNull(PeriodGuess.of("基本情况表"));
    }

    @Test
    void headersAreComparedWithoutUnitsSpacesAndFullWidthForms() {
        assertEquals(List.of("常住人口人", "常住人口"), HeaderNames.keys("常住人口（人）"));
        assertEquals("RESIDENTPOPULATION", HeaderNames.fold(" resident_population "));
        assertEquals(new ColumnMatcher.Match("RESIDENT_POPULATION", ColumnMatcher.How.CODE),
                CATALOG.match(List.of("RESIDENT_POPULATION")));
        assertEquals(new ColumnMatcher.Match("POPULATION", ColumnMatcher.How.NAME), CATALOG.match(List.of("户籍人口/人")));
    }
}
