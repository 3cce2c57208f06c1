package io.grassroots.share.form;

import io.grassroots.share.data.ValueSource;
import io.grassroots.share.form.mapping.Layout;
import io.grassroots.share.workbook.Upload;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a department's form back with every cell that shared data answers filled in, its source and
 * version in a cell comment, the cells still asked of units highlighted, and two sheets added: 汇总
 * (the figures) and 数据来源 (each filled cell's source). Everything else of the workbook (titles,
 * merged cells, widths, other sheets, formulas) stays as the department made it. Rows are streamed,
 * so a province's form of half a million cells fits in a small heap.
 */
public final class FormFiller {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final Map<String, String> SOURCES = Map.of(ValueSource.UNIT_REPORT.name(), "基层单位填报",
            ValueSource.INSPECTION.name(), "检查结果", ValueSource.AUDIT.name(), "审计结果", ValueSource.STATISTICS.name(),
            "统计数据");

    /** A value that answers a cell: from where, which version, reported when. */
    public record Answer(BigDecimal value, String source, int version, Instant reportedAt) {
    }

    /** What to fill: the layout read, the confirmed mapping, the answers by "unit|indicator", the figures. */
    public record Fill(Layout layout, FormMapping mapping, Map<String, Answer> answers, List<String[]> summary,
            int maxComments) {
    }

    private FormFiller() {
    }

    public static void write(Upload upload, Fill fill, OutputStream out) throws IOException {
        XSSFWorkbook template = upload.kind() == Upload.Kind.XLSX ? upload.workbook() : new XSSFWorkbook();
        String sheetName = fill.layout().sheet();
        SheetRows rows = upload.kind() == Upload.Kind.XLSX ? SheetRows.take(template.getSheet(sheetName))
                : SheetRows.of(upload.grid());
        if (upload.kind() == Upload.Kind.CSV) {
            template.createSheet(sheetName);
        }
        // Temporary sheet files unzipped and strings inline: zipping them twice cost a province's form 2 s,
        // and a shared-strings table of half a million entries more than doubled the time (tools/bench-forms).
        SXSSFWorkbook workbook = new SXSSFWorkbook(template, 200, false, false);
        try {
            new Writing(workbook, fill).write(workbook.getSheet(sheetName), rows);
            workbook.setForceFormulaRecalculation(true);
            workbook.setActiveSheet(workbook.getSheetIndex(sheetName));
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** One writing of a form: the styles, comments and provenance rows it has made so far. */
    private static final class Writing {
        private final SXSSFWorkbook workbook;
        private final Fill fill;
        private final Map<Integer, CellStyle> highlighted = new HashMap<>();
        /** Each column's default style, looked up once: POI searches the column definitions every time. */
        private final Map<Integer, java.util.Optional<CellStyle>> columnStyles = new HashMap<>();
        private final SXSSFSheet summary;
        private final SXSSFSheet sources;
        private int filled;
        private int asked;

        Writing(SXSSFWorkbook workbook, Fill fill) {
            this.workbook = workbook;
            this.fill = fill;
            this.summary = workbook.createSheet(freeName("汇总"));
            this.sources = workbook.createSheet(freeName("数据来源"));
            Row header = sources.createRow(0);
            String[] titles = { "单元格", "指标代码", "来源", "版本", "报送日期" };
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
        }

        void write(SXSSFSheet sheet, SheetRows rows) {
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            Map<Integer, String> units = fill.mapping().rows();
            Map<Integer, String> columns = fill.mapping().columns();
            for (SheetRows.RowCopy copy : rows.rows()) {
                Row row = sheet.createRow(copy.row());
                if (copy.height() >= 0) {
                    row.setHeight(copy.height());
                }
                if (copy.style() != null) {
                    row.setRowStyle(copy.style());
                }
                String unit = units.get(copy.row());
                Map<Integer, CellStyle> styles = new HashMap<>();
                for (SheetRows.CellCopy cell : copy.cells()) {
                    if (unit != null && columns.containsKey(cell.column())) {
                        styles.put(cell.column(), cell.style());
                    } else {
                        SheetRows.write(cell, row);
                    }
                }
                if (unit != null) {
                    columns.forEach((column, indicator) -> fillCell(row, column, unit, indicator,
                            styles.containsKey(column) ? styles.get(column) : columnStyles.computeIfAbsent(column,
                                    c -> java.util.Optional.ofNullable(sheet.getColumnStyle(c))).orElse(null),
                            drawing));
                }
            }
            summary();
        }

        private void fillCell(Row row, int column, String unit, String indicator, CellStyle style, Drawing<?> drawing) {
            var cell = row.createCell(column);
            Answer answer = fill.answers().get(unit + "|" + indicator);
            if (answer == null) {
                asked++;
                cell.setCellStyle(highlight(style));
                return;
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
            cell.setCellValue(answer.value().doubleValue());
            String source = SOURCES.getOrDefault(answer.source(), answer.source());
            if (filled < fill.maxComments()) {
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(column + 1);
                anchor.setCol2(column + 4);
                anchor.setRow1(row.getRowNum());
                anchor.setRow2(row.getRowNum() + 3);
                Comment comment = drawing.createCellComment(anchor);
                // The comment is made at the anchor's first cell; its box sits right of the cell it explains.
                comment.setAddress(row.getRowNum(), column);
                comment.setAuthor("基层减负平台");
                comment.setString(new XSSFRichTextString("来源：" + source + "（" + answer.source() + "），第 "
                        + answer.version() + " 版，" + DAY.format(answer.reportedAt()) + " 报送"));
                cell.setCellComment(comment);
            }
            filled++;
            // One line per filled cell, in few cells: a province's form has some 350,000 of them, and
            // unit and indicator are the form's own row and column.
            Row line = sources.createRow(filled);
            line.createCell(0).setCellValue(Layout.letters(column) + (row.getRowNum() + 1));
            line.createCell(1).setCellValue(indicator);
            line.createCell(2).setCellValue(source);
            line.createCell(3).setCellValue(answer.version());
            line.createCell(4).setCellValue(DAY.format(answer.reportedAt()));
        }

        private CellStyle highlight(CellStyle base) {
            int key = base == null ? -1 : base.getIndex();
            return highlighted.computeIfAbsent(key, k -> {
                CellStyle style = workbook.createCellStyle();
                if (base != null) {
                    style.cloneStyleFrom(base);
                }
                style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            });
        }

        private void summary() {
            SXSSFSheet sheet = summary;
            List<String[]> lines = new ArrayList<>(fill.summary());
            lines.add(new String[] { "本表由共享数据填写的单元格", String.valueOf(filled) });
            lines.add(new String[] { "本表待基层单位填报的单元格（黄色）", String.valueOf(asked) });
            lines.add(new String[] { "说明", "黄色单元格尚无可用的共享数据，已作为任务发给基层单位；已填写的单元格批注注明"
                    + "来源、版本和报送日期，全部来源见“" + sources.getSheetName() + "”表。"
                    + (filled > fill.maxComments() ? "批注只加在前 " + fill.maxComments() + " 个单元格。" : "") });
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(lines.get(i)[0]);
                row.createCell(1).setCellValue(lines.get(i)[1]);
            }
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 60 * 256);
        }

        private String freeName(String name) {
            String free = name;
            for (int i = 2; workbook.getSheet(free) != null; i++) {
                free = name + i;
            }
            return free;
        }
    }
}
